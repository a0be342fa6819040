#include "domain/security/AuditQuery.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("AuditQuery", text);
}

QString isoUtc(const QDateTime &when)
{
    return when.toUTC().toString(Qt::ISODateWithMs);
}

} // namespace

QMap<AuditQuery::Field, QString> AuditQuery::problems() const
{
    QMap<Field, QString> problems;
    if (from.isValid() && to.isValid() && from > to)
        problems.insert(TimeRange, tr("The start of the time range is after its end."));
    static const QRegularExpression token(QStringLiteral("^[A-Za-z0-9_.:\\-]*$"));
    if (!token.match(serviceName.trimmed()).hasMatch())
        problems.insert(Service, tr("A service name has letters, digits, '-', '_' and '.' only."));
    if (!token.match(eventName.trimmed()).hasMatch())
        problems.insert(Event, tr("An event name has letters, digits, '-', '_' and '.' only."));
    static const QRegularExpression verb(QStringLiteral("^[A-Za-z]*$"));
    if (!verb.match(method.trimmed()).hasMatch())
        problems.insert(Method, tr("An HTTP method is a word such as POST."));
    if (person.trimmed().contains(QLatin1Char(' ')))
        problems.insert(Person, tr("Give one e-mail address or user id."));
    return problems;
}

QJsonObject AuditQuery::toJson(int page, int limit) const
{
    QJsonObject json{{QStringLiteral("page"), page}, {QStringLiteral("limit"), limit}};
    if (from.isValid() || to.isValid()) {
        QJsonObject range;
        if (from.isValid())
            range.insert(QStringLiteral("from"), isoUtc(from));
        if (to.isValid())
            range.insert(QStringLiteral("to"), isoUtc(to));
        json.insert(QStringLiteral("timestamp"), range);
    }
    if (!serviceName.trimmed().isEmpty())
        json.insert(QStringLiteral("service_name"), serviceName.trimmed());
    if (!eventName.trimmed().isEmpty())
        json.insert(QStringLiteral("event_name"), eventName.trimmed());
    if (outcome != Outcome::Any)
        json.insert(QStringLiteral("outcome"), outcome == Outcome::Success
                                                   ? QStringLiteral("success")
                                                   : QStringLiteral("failure"));
    if (!method.trimmed().isEmpty())
        json.insert(QStringLiteral("method"), method.trimmed().toUpper());
    const QString who = person.trimmed();
    if (!who.isEmpty())
        json.insert(QStringLiteral("user"),
                    QJsonObject{{who.contains(QLatin1Char('@')) ? QStringLiteral("email")
                                                                : QStringLiteral("user_id"),
                                 who}});
    return json;
}
