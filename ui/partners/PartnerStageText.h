#pragma once

#include "domain/partners/PartnerRecord.h"

#include <QString>

// The one place that words a partner record's stage, so "Active", "Invited", "Request waiting"
// mean the same in the list, the filter, the buttons' hints and every message of the page.
namespace PartnerStageText {

QString words(PartnerRecord::Stage stage);
// What a person can do at this stage, as a sentence for the details area.
QString hint(PartnerRecord::Stage stage);

} // namespace PartnerStageText
