#include "ui/partners/AddressLookupPage.h"

#include "services/session/Session.h"
#include "ui/common/Theme.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

AddressLookupPage::AddressLookupPage(Session *session, QWidget *parent)
    : PartnerPage(session, parent)
{
    m_address = new QLineEdit;
    m_address->setPlaceholderText(tr("e.g. Auweg 1, 93055 Regensburg, DE"));
    auto *find = new QPushButton(tr("Find"));
    m_addressResult = new QLabel;
    m_addressResult->setTextFormat(Qt::RichText);
    m_addressResult->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_addressMap = new QPushButton(tr("Open in map"));
    m_addressMap->setEnabled(false);
    auto *row = new QHBoxLayout;
    row->addWidget(m_address, 1);
    row->addWidget(find);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(row);
    layout->addWidget(m_addressResult);
    auto *mapRow = new QHBoxLayout;
    mapRow->addWidget(m_addressMap);
    mapRow->addStretch();
    layout->addLayout(mapRow);
    layout->addStretch();
    connect(find, &QPushButton::clicked, this, [this] { lookUpAddress(m_address->text()); });
    connect(m_address, &QLineEdit::returnPressed, this,
            [this] { lookUpAddress(m_address->text()); });
    connect(m_addressMap, &QPushButton::clicked, this,
            [this] { emit mapRequested(m_addressMapUrl); });
}

void AddressLookupPage::lookUpAddress(const QString &address)
{
    m_address->setText(address);
    busy(1);
    session()->partners()->searchGeolocationForText(
        address, this, [this](const ApiResult<QJsonObject> &result) {
            busy(-1);
            if (!result.ok()) {
                m_addressResult->setText(QStringLiteral("<span style='color:%1'>%2</span>")
                                             .arg(Theme::name(Theme::Color::ErrorText),
                                                  result.error().message.toHtmlEscaped()));
                m_addressMap->setEnabled(false);
                return;
            }
            showLocation(AddressGeolocation::fromJson(result.value()));
        });
}

void AddressLookupPage::showLocation(const AddressGeolocation &location)
{
    QString html = tr("<b>%1</b><br>Latitude %2, longitude %3")
                       .arg(location.addressLabel.toHtmlEscaped())
                       .arg(location.latitude, 0, 'f', 6)
                       .arg(location.longitude, 0, 'f', 6);
    if (location.relevance >= 0)
        html += tr("<br>Relevance %1 %").arg(qRound(location.relevance * 100));
    m_addressResult->setText(html);
    m_addressMapUrl = location.mapUrl();
    m_addressMap->setEnabled(!m_addressMapUrl.isEmpty());
    emit addressFound(location);
}
