#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <optional>

// A small built-in gazetteer of German addresses and city centres, so searchGeolocationForText
// answers deterministically without a network geocoder.
class GeolocationTable
{
public:
    struct Place
    {
        QString street; // empty for a city centre
        QString streetNumber;
        QString postalCode;
        QString city;
        double lat = 0;
        double lng = 0;
    };
    struct Match
    {
        Place place;
        QString label;
        double relevance = 0;
    };

    static const QList<Place> &places();
    // Best match for free text: street + number + (postal code or city) → 0.95; street without
    // number → 0.85; postal code or city only → the city centre, 0.6. nullopt when nothing fits.
    static std::optional<Match> lookup(const QString &text);
    // The spec's Geolocation answer {lat, lng, addressLabel, relevance}.
    static QJsonObject geolocation(const Match &match);
    // The spec's AddressGeolocation {address: {...}, lat, lng} for a known street address.
    static QJsonObject addressGeolocation(const Place &place);
    static QString label(const Place &place, bool withStreet);
    static QString normalized(const QString &text);
};
