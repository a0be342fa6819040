#include "ui/shell/NavigationSidebar.h"

#include "ui/common/Icons.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QVBoxLayout>

namespace {

constexpr int sidebarWidth = 236;

} // namespace

NavigationSidebar::NavigationSidebar(QListWidget *navigation, QWidget *parent) : QWidget(parent)
{
    navigation->setObjectName(QStringLiteral("navigation"));
    navigation->setIconSize(QSize(20, 20));
    navigation->setFixedWidth(sidebarWidth);
    navigation->setFrameShape(QFrame::NoFrame);
    // Palette roles only, so the column follows light and dark desktop themes.
    navigation->setStyleSheet(QStringLiteral(
        "QListWidget#navigation { background: palette(alternate-base); padding-top: 10px;"
        " outline: 0; border-right: 1px solid palette(midlight); }"
        "QListWidget#navigation::item { padding: 7px 8px; margin: 1px 10px;"
        " border-radius: 6px; }"
        "QListWidget#navigation::item:hover:!selected { background: palette(midlight); }"
        "QListWidget#navigation::item:selected { background: palette(highlight);"
        " color: palette(highlighted-text); }"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(createBrandRow());
    layout->addWidget(navigation, 1);
}

QWidget *NavigationSidebar::createBrandRow()
{
    auto *brand = new QLabel;
    brand->setObjectName(QStringLiteral("brand"));
    brand->setText(QStringLiteral("<b>%1</b>").arg(tr("epilot Admin")));
    QFont brandFont = brand->font();
    brandFont.setPointSizeF(brandFont.pointSizeF() * 1.2);
    brand->setFont(brandFont);
    auto *brandIcon = new QLabel;
    brandIcon->setPixmap(Icons::application().pixmap(28, 28));
    auto *brandRow = new QWidget;
    brandRow->setObjectName(QStringLiteral("brandRow"));
    brandRow->setStyleSheet(QStringLiteral("QWidget#brandRow { background: palette(alternate-base);"
                                           " border-right: 1px solid palette(midlight); }"));
    brandRow->setFixedWidth(sidebarWidth);
    auto *brandLayout = new QHBoxLayout(brandRow);
    brandLayout->setContentsMargins(18, 14, 12, 4);
    brandLayout->addWidget(brandIcon);
    brandLayout->addWidget(brand, 1);
    return brandRow;
}
