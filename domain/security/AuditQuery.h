#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QMap>
#include <QString>

// The filters of getLogs (schema SearchOptions) without the page: a time range, service, event
// name, outcome, HTTP method and person. Empty fields do not filter.
struct AuditQuery
{
    enum class Outcome { Any, Success, Failure };
    enum Field { TimeRange, Service, Event, Method, Person };

    QDateTime from; // invalid = open
    QDateTime to;   // invalid = open
    QString serviceName;
    QString eventName;
    Outcome outcome = Outcome::Any;
    QString method; // GET, POST, …
    // An e-mail address (contains '@') is sent as user.email, anything else as user.user_id.
    QString person;

    static constexpr int maximumLimit = 1000;

    // Field → message; empty when the query may be sent.
    QMap<Field, QString> problems() const;
    // The request body of getLogs for one page (page counts from 0).
    QJsonObject toJson(int page, int limit) const;
    bool operator==(const AuditQuery &) const = default;
};
