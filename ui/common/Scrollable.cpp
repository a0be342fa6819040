#include "ui/common/Scrollable.h"

#include <QScrollArea>

namespace Scrollable {

QScrollArea *around(QWidget *page, QWidget *parent)
{
    auto *area = new QScrollArea(parent);
    area->setFrameShape(QFrame::NoFrame);
    area->setWidgetResizable(true);
    if (page)
        area->setWidget(page);
    return area;
}

} // namespace Scrollable
