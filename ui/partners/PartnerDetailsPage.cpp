#include "ui/partners/PartnerDetailsPage.h"

#include "models/AssignableNameResolver.h"

#include <QDesktopServices>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QUrl>
#include <QVBoxLayout>

PartnerDetailsPage::PartnerDetailsPage(Session *session, AssignableNameResolver *resolver,
                                       QWidget *parent)
    : PartnerPage(session, parent), m_resolver(resolver)
{
    m_details = new QLabel(tr("Choose an entry on the left."));
    m_details->setTextFormat(Qt::RichText);
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_locations = new QListWidget;
    auto *openMapButton = new QPushButton(tr("Open in map"));
    openMapButton->setToolTip(tr("Opens OpenStreetMap in the system browser"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_details);
    layout->addWidget(new QLabel(tr("<b>Locations</b>")));
    layout->addWidget(m_locations, 1);
    auto *row = new QHBoxLayout;
    row->addStretch();
    row->addWidget(openMapButton);
    layout->addLayout(row);
    connect(openMapButton, &QPushButton::clicked, this, [this] {
        if (QListWidgetItem *item = m_locations->currentItem())
            openMap(item->data(Qt::UserRole).toString());
    });
    connect(m_locations, &QListWidget::itemDoubleClicked, this,
            [this](QListWidgetItem *item) { openMap(item->data(Qt::UserRole).toString()); });
}

void PartnerDetailsPage::showAssignable(const Assignable &assignable)
{
    QString html = QStringLiteral("<h3>%1</h3><table cellspacing='4'>")
                       .arg(assignable.displayName().toHtmlEscaped());
    const auto row = [&html](const QString &label, const QString &value) {
        if (!value.isEmpty())
            html += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>")
                        .arg(label.toHtmlEscaped(), value.toHtmlEscaped());
    };
    row(tr("Type"), Assignable::typeLabel(assignable.type()));
    row(tr("E-mail"), assignable.email());
    row(tr("Phone"), assignable.phone());
    row(tr("Status"), Assignable::statusLabel(assignable.status()));
    const QString organization = m_resolver->organizationName(assignable.organizationId());
    row(tr("Organization"), organization.isEmpty()
                                ? assignable.organizationId()
                                : tr("%1 (%2)").arg(organization, assignable.organizationId()));
    if (assignable.hasActivityRadius())
        row(tr("Activity radius"), tr("%1 km").arg(assignable.activityRadius()));
    row(tr("Partner id"), assignable.partnerId());
    row(tr("User id"), assignable.userId());
    row(tr("Group id"), assignable.groupId());
    html += QStringLiteral("</table>");
    m_details->setText(html);
    showLocations(assignable.geolocations());
}

void PartnerDetailsPage::showLocations(const QList<AddressGeolocation> &locations)
{
    m_locations->clear();
    for (const AddressGeolocation &location : locations) {
        auto *item =
            new QListWidgetItem(location.hasCoordinates ? tr("%1 — %2, %3")
                                                              .arg(location.label())
                                                              .arg(location.latitude, 0, 'f', 5)
                                                              .arg(location.longitude, 0, 'f', 5)
                                                        : location.label());
        item->setData(Qt::UserRole, location.mapUrl());
        m_locations->addItem(item);
    }
    if (m_locations->count() == 0)
        m_locations->addItem(tr("(no locations)"));
    m_locations->setCurrentRow(0);
}

void PartnerDetailsPage::openMap(const QString &url)
{
    if (url.isEmpty())
        return;
    if (!QDesktopServices::openUrl(QUrl(url)))
        showError(tr("Could not open the browser; the map link is %1").arg(url));
}
