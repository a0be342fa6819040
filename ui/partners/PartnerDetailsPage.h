#pragma once

#include "domain/partners/Assignable.h"
#include "ui/partners/PartnerPage.h"

class AssignableNameResolver;
class QLabel;
class QListWidget;

// The Details tab: the chosen assignable's fields and its locations with map links.
class PartnerDetailsPage : public PartnerPage
{
    Q_OBJECT
public:
    PartnerDetailsPage(Session *session, AssignableNameResolver *resolver,
                       QWidget *parent = nullptr);

    void showAssignable(const Assignable &assignable);
    // Opens an OpenStreetMap link in the system browser; says so when that is not possible.
    void openMap(const QString &url);
    QLabel *details() const { return m_details; }

private:
    void showLocations(const QList<AddressGeolocation> &locations);

    AssignableNameResolver *m_resolver;
    QLabel *m_details;
    QListWidget *m_locations;
};
