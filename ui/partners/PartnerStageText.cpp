#include "ui/partners/PartnerStageText.h"

#include <QCoreApplication>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("PartnerStageText", text);
}
} // namespace

QString PartnerStageText::words(PartnerRecord::Stage stage)
{
    switch (stage) {
    case PartnerRecord::Stage::NotInvited:
        return tr("Not invited yet");
    case PartnerRecord::Stage::Requested:
        return tr("Request waiting");
    case PartnerRecord::Stage::Invited:
        return tr("Invited");
    case PartnerRecord::Stage::Active:
        return tr("Active partner");
    case PartnerRecord::Stage::Rejected:
        return tr("Rejected");
    case PartnerRecord::Stage::Removed:
        return tr("Removed");
    case PartnerRecord::Stage::Unknown:
        break;
    }
    return tr("Unknown");
}

QString PartnerStageText::hint(PartnerRecord::Stage stage)
{
    switch (stage) {
    case PartnerRecord::Stage::NotInvited:
        return tr("No invitation was sent yet.");
    case PartnerRecord::Stage::Requested:
        return tr("This company asked to become your partner: approve or reject the request.");
    case PartnerRecord::Stage::Invited:
        return tr("The invitation has not been accepted yet; you can send it again.");
    case PartnerRecord::Stage::Active:
        return tr("The partner accepted and works with your organization.");
    case PartnerRecord::Stage::Rejected:
        return tr("The request was rejected; you can still invite this company.");
    case PartnerRecord::Stage::Removed:
        return tr("The partnership has ended.");
    case PartnerRecord::Stage::Unknown:
        break;
    }
    return {};
}
