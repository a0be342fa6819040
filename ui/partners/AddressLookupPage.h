#pragma once

#include "domain/partners/Assignable.h"
#include "ui/partners/PartnerPage.h"

class QLabel;
class QLineEdit;
class QPushButton;

// The Address lookup tab: an address's coordinates (searchGeolocationForText) and its map link.
class AddressLookupPage : public PartnerPage
{
    Q_OBJECT
public:
    explicit AddressLookupPage(Session *session, QWidget *parent = nullptr);

    void lookUpAddress(const QString &address);
    QLabel *addressResult() const { return m_addressResult; }

signals:
    void addressFound(const AddressGeolocation &location);
    // The map link to open (the Details page opens it and says when it cannot).
    void mapRequested(const QString &url);

private:
    void showLocation(const AddressGeolocation &location);

    QLineEdit *m_address;
    QLabel *m_addressResult;
    QPushButton *m_addressMap;
    QString m_addressMapUrl;
};
