#include "emulator/partners/GeolocationTable.h"

#include <QRegularExpression>

namespace {

bool containsWords(const QString &haystack, const QString &needle)
{
    if (needle.isEmpty())
        return false;
    return (QLatin1Char(' ') + haystack + QLatin1Char(' '))
        .contains(QLatin1Char(' ') + needle + QLatin1Char(' '));
}

} // namespace

const QList<GeolocationTable::Place> &GeolocationTable::places()
{
    static const QList<Place> table{
        // Street addresses.
        {QStringLiteral("Auweg"), QStringLiteral("1"), QStringLiteral("93055"),
         QStringLiteral("Regensburg"), 49.013, 12.101},
        {QStringLiteral("Am Energiepark"), QStringLiteral("12"), QStringLiteral("68159"),
         QStringLiteral("Musterstadt"), 49.4893, 8.4671},
        {QStringLiteral("Netzweg"), QStringLiteral("3"), QStringLiteral("68159"),
         QStringLiteral("Musterstadt"), 49.4911, 8.4702},
        {QStringLiteral("Unter den Linden"), QStringLiteral("77"), QStringLiteral("10117"),
         QStringLiteral("Berlin"), 52.5163, 13.3777},
        {QStringLiteral("Marienplatz"), QStringLiteral("8"), QStringLiteral("80331"),
         QStringLiteral("München"), 48.1374, 11.5755},
        {QStringLiteral("Leopoldstraße"), QStringLiteral("75"), QStringLiteral("80802"),
         QStringLiteral("München"), 48.1620, 11.5860},
        {QStringLiteral("Im Mediapark"), QStringLiteral("8a"), QStringLiteral("50670"),
         QStringLiteral("Köln"), 50.9489, 6.9445},
        {QStringLiteral("Jungfernstieg"), QStringLiteral("1"), QStringLiteral("20095"),
         QStringLiteral("Hamburg"), 53.5526, 9.9930},
        {QStringLiteral("Römerberg"), QStringLiteral("23"), QStringLiteral("60311"),
         QStringLiteral("Frankfurt am Main"), 50.1106, 8.6820},
        {QStringLiteral("Königstraße"), QStringLiteral("1"), QStringLiteral("70173"),
         QStringLiteral("Stuttgart"), 48.7823, 9.1800},
        {QStringLiteral("Königsallee"), QStringLiteral("1"), QStringLiteral("40212"),
         QStringLiteral("Düsseldorf"), 51.2257, 6.7793},
        {QStringLiteral("Augustusplatz"), QStringLiteral("9"), QStringLiteral("04109"),
         QStringLiteral("Leipzig"), 51.3397, 12.3814},
        {QStringLiteral("Hauptmarkt"), QStringLiteral("18"), QStringLiteral("90403"),
         QStringLiteral("Nürnberg"), 49.4539, 11.0775},
        {QStringLiteral("Theaterplatz"), QStringLiteral("2"), QStringLiteral("01067"),
         QStringLiteral("Dresden"), 51.0543, 13.7351},
        {QStringLiteral("Ernst-August-Platz"), QStringLiteral("1"), QStringLiteral("30159"),
         QStringLiteral("Hannover"), 52.3765, 9.7410},
        {QStringLiteral("Am Markt"), QStringLiteral("21"), QStringLiteral("28195"),
         QStringLiteral("Bremen"), 53.0758, 8.8072},
        {QStringLiteral("Münsterplatz"), QStringLiteral("38"), QStringLiteral("79098"),
         QStringLiteral("Freiburg im Breisgau"), 47.9956, 7.8522},
        {QStringLiteral("Friedrichsplatz"), QStringLiteral("1"), QStringLiteral("68165"),
         QStringLiteral("Mannheim"), 49.4840, 8.4755},
        {QStringLiteral("Industriestraße"), QStringLiteral("14"), QStringLiteral("93055"),
         QStringLiteral("Regensburg"), 49.0085, 12.1320},
        {QStringLiteral("Hafenstraße"), QStringLiteral("5"), QStringLiteral("28217"),
         QStringLiteral("Bremen"), 53.0935, 8.7705},
        // City centres (street empty), for postal-code-only or city-only queries.
        {{}, {}, QStringLiteral("93047"), QStringLiteral("Regensburg"), 49.0134, 12.1016},
        {{}, {}, QStringLiteral("68159"), QStringLiteral("Musterstadt"), 49.4875, 8.4660},
        {{}, {}, QStringLiteral("10117"), QStringLiteral("Berlin"), 52.5200, 13.4050},
        {{}, {}, QStringLiteral("80331"), QStringLiteral("München"), 48.1351, 11.5820},
        {{}, {}, QStringLiteral("50667"), QStringLiteral("Köln"), 50.9375, 6.9603},
        {{}, {}, QStringLiteral("20095"), QStringLiteral("Hamburg"), 53.5511, 9.9937},
        {{}, {}, QStringLiteral("60311"), QStringLiteral("Frankfurt am Main"), 50.1109, 8.6821},
        {{}, {}, QStringLiteral("70173"), QStringLiteral("Stuttgart"), 48.7758, 9.1829},
        {{}, {}, QStringLiteral("40213"), QStringLiteral("Düsseldorf"), 51.2277, 6.7735},
        {{}, {}, QStringLiteral("04109"), QStringLiteral("Leipzig"), 51.3397, 12.3731},
        {{}, {}, QStringLiteral("90403"), QStringLiteral("Nürnberg"), 49.4521, 11.0767},
        {{}, {}, QStringLiteral("01067"), QStringLiteral("Dresden"), 51.0504, 13.7373},
        {{}, {}, QStringLiteral("30159"), QStringLiteral("Hannover"), 52.3759, 9.7320},
        {{}, {}, QStringLiteral("28195"), QStringLiteral("Bremen"), 53.0793, 8.8017},
        {{}, {}, QStringLiteral("79098"), QStringLiteral("Freiburg im Breisgau"), 47.9990, 7.8421},
        {{}, {}, QStringLiteral("68161"), QStringLiteral("Mannheim"), 49.4875, 8.4660},
    };
    return table;
}

QString GeolocationTable::normalized(const QString &text)
{
    QString result = text.toLower();
    result.replace(QStringLiteral("ß"), QStringLiteral("ss"));
    result.replace(QStringLiteral("ä"), QStringLiteral("ae"));
    result.replace(QStringLiteral("ö"), QStringLiteral("oe"));
    result.replace(QStringLiteral("ü"), QStringLiteral("ue"));
    static const QRegularExpression abbreviation(QStringLiteral("str\\.?(?=\\s|,|$|\\d)"));
    result.replace(abbreviation, QStringLiteral("strasse"));
    static const QRegularExpression separators(QStringLiteral("[^a-z0-9]+"));
    result.replace(separators, QStringLiteral(" "));
    return result.trimmed();
}

QString GeolocationTable::label(const Place &place, bool withStreet)
{
    const QString locality = place.postalCode + QLatin1Char(' ') + place.city;
    if (!withStreet || place.street.isEmpty())
        return locality + QStringLiteral(", Germany");
    return QStringLiteral("%1 %2, %3, Germany").arg(place.street, place.streetNumber, locality);
}

std::optional<GeolocationTable::Match> GeolocationTable::lookup(const QString &text)
{
    const QString query = normalized(text);
    if (query.isEmpty())
        return std::nullopt;
    std::optional<Match> best;
    const auto consider = [&](const Place &place, bool withStreet, double relevance) {
        if (!best || relevance > best->relevance)
            best = Match{place, label(place, withStreet), relevance};
    };
    for (const Place &place : places()) {
        const bool postal = containsWords(query, place.postalCode);
        const bool city = containsWords(query, normalized(place.city));
        if (!postal && !city)
            continue;
        if (place.street.isEmpty()) {
            consider(place, false, postal && city ? 0.7 : 0.6);
            continue;
        }
        if (!containsWords(query, normalized(place.street))) {
            if (postal) { // a known postal code with another street: the locality
                Place locality = place;
                locality.street.clear();
                locality.streetNumber.clear();
                consider(locality, false, 0.6);
            }
            continue;
        }
        const bool number = containsWords(query, normalized(place.streetNumber));
        consider(place, true, number ? (postal && city ? 0.95 : 0.9) : 0.8);
    }
    return best;
}

QJsonObject GeolocationTable::geolocation(const Match &match)
{
    return {{QStringLiteral("lat"), match.place.lat},
            {QStringLiteral("lng"), match.place.lng},
            {QStringLiteral("addressLabel"), match.label},
            {QStringLiteral("relevance"), match.relevance}};
}

QJsonObject GeolocationTable::addressGeolocation(const Place &place)
{
    return {{QStringLiteral("address"),
             QJsonObject{{QStringLiteral("street"), place.street},
                         {QStringLiteral("street_number"), place.streetNumber},
                         {QStringLiteral("city"), place.city},
                         {QStringLiteral("postal_code"), place.postalCode},
                         {QStringLiteral("country"), QStringLiteral("DE")}}},
            {QStringLiteral("lat"), place.lat},
            {QStringLiteral("lng"), place.lng}};
}
