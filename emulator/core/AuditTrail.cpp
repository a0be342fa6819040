#include "emulator/core/AuditTrail.h"

#include "emulator/core/EmulatorStore.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QUrlQuery>
#include <QUuid>

namespace {
const QRegularExpression &placeholderPattern()
{
    static const QRegularExpression pattern(QStringLiteral("\\{([^}/]+)\\}"));
    return pattern;
}

QStringList placeholderNames(const QString &path)
{
    QStringList names;
    auto iterator = placeholderPattern().globalMatch(path);
    while (iterator.hasNext())
        names.append(iterator.next().captured(1));
    return names;
}

bool looksLikeJwt(const QString &text)
{
    static const QRegularExpression jwt(
        QStringLiteral("eyJ[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+"));
    return jwt.match(text).hasMatch();
}

QString fill(const char *phrase, const QHash<QString, QString> &parameters, const QJsonObject &body)
{
    QString text = QString::fromUtf8(phrase);
    QString result;
    qsizetype position = 0;
    auto iterator = placeholderPattern().globalMatch(text);
    while (iterator.hasNext()) {
        const auto match = iterator.next();
        result += text.mid(position, match.capturedStart() - position);
        const QString name = match.captured(1);
        QString value = parameters.value(name);
        if (value.isEmpty() && body.value(name).isString())
            value = body.value(name).toString();
        if (value.isEmpty() || AuditTrail::isSecretName(name))
            value = QStringLiteral("(unnamed)");
        result += name == QLatin1String("name") ? QStringLiteral("\"%1\"").arg(value) : value;
        position = match.capturedEnd();
    }
    return result + text.mid(position);
}
} // namespace

AuditTrail::AuditTrail(EmulatorStore &store) : m_store(store) {}

QString AuditTrail::detailOf(const QJsonValue &value)
{
    if (value.isObject())
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    if (value.isArray())
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    const QByteArray wrapped = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(wrapped.mid(1, wrapped.size() - 2)); // a scalar body, e.g. "dark"
}
bool AuditTrail::isSecretName(const QString &name)
{
    const QString lower = name.toLower();
    // "token", "login_token", "challenge_token", but not "token_type".
    return lower.contains(QLatin1String("password")) || lower.endsWith(QLatin1String("token")) ||
           lower.endsWith(QLatin1String("tokens")) || lower.contains(QLatin1String("secret")) ||
           lower == QLatin1String("authorization");
}

QJsonValue AuditTrail::redact(const QJsonValue &value)
{
    if (value.isObject()) {
        QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            it.value() = isSecretName(it.key()) ? QJsonValue(kRedacted) : redact(it.value());
        return object;
    }
    if (value.isArray()) {
        QJsonArray array = value.toArray();
        for (auto it = array.begin(); it != array.end(); ++it)
            *it = redact(*it);
        return array;
    }
    if (value.isString() && looksLikeJwt(value.toString()))
        return kRedacted;
    return value;
}

QString AuditTrail::sentence(const QString &actor, const AuditedOperation &operation,
                             const QHash<QString, QString> &parameters, const QJsonObject &body,
                             int status)
{
    if (status < 400)
        return QStringLiteral("%1 %2.").arg(actor, fill(operation.past, parameters, body));
    return QStringLiteral("%1 tried to %2 (%3).")
        .arg(actor, fill(operation.infinitive, parameters, body))
        .arg(status);
}

QHash<QString, QString> AuditTrail::specParameters(const AuditedOperation &operation,
                                                   const QString &routePattern,
                                                   const QHash<QString, QString> &routeValues)
{
    // The emulator's placeholder names may differ from the spec's; the positions do not.
    const QStringList specNames = placeholderNames(QString::fromLatin1(operation.path));
    const QStringList routeNames = placeholderNames(routePattern);
    QHash<QString, QString> result;
    for (qsizetype index = 0; index < specNames.size() && index < routeNames.size(); ++index)
        result.insert(specNames.at(index), routeValues.value(routeNames.at(index)));
    return result;
}

void AuditTrail::record(const EmulatorRequest &request, const QString &routePattern,
                        const AuditedOperation &operation, int status)
{
    const Caller &caller = request.caller;
    const QJsonObject user = m_store.get(QStringLiteral("users"), caller.userId);
    const QString email = user.value(QStringLiteral("email")).toString();
    QString actor = user.value(QStringLiteral("display_name")).toString();
    if (actor.isEmpty())
        actor = email.isEmpty() ? QStringLiteral("User %1").arg(caller.userId) : email;
    if (caller.isAccessToken()) {
        const QString tokenName = m_store.get(QStringLiteral("accessTokens"), caller.accessTokenId)
                                      .value(QStringLiteral("name"))
                                      .toString();
        actor = QStringLiteral("API token \"%1\" of %2").arg(tokenName, actor);
    }

    const QHash<QString, QString> parameters =
        specParameters(operation, routePattern, request.pathParams);
    QJsonObject pathParams;
    for (auto it = parameters.begin(); it != parameters.end(); ++it)
        pathParams.insert(it.key(), it.value());
    QJsonObject query;
    for (const auto &item : request.query.queryItems(QUrl::FullyDecoded))
        query.insert(item.first, isSecretName(item.first) ? QJsonValue(kRedacted)
                                                          : redact(QJsonValue(item.second)));
    const QString service = QString::fromLatin1(operation.service);
    const QJsonObject http{
        {QStringLiteral("method"), QString::fromLatin1(request.method)},
        {QStringLiteral("path"), request.path},
        {QStringLiteral("pathParams"), pathParams},
        {QStringLiteral("query"), query},
        {QStringLiteral("domainName"), AuditedOperations::serviceUrl(service).mid(8)},
    };

    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    QJsonObject event{
        {QStringLiteral("id"), id},
        {QStringLiteral("org_id"), caller.organizationId},
        {QStringLiteral("service_name"), service},
        {QStringLiteral("event_name"), QString::fromLatin1(operation.operationId)},
        {QStringLiteral("status_code"), status},
        {QStringLiteral("timestamp"), now.toString(Qt::ISODateWithMs)},
        {QStringLiteral("caller"),
         QJsonObject{{QStringLiteral("user_id"), caller.userId},
                     {QStringLiteral("user_email"), email},
                     {QStringLiteral("trigger_type"),
                      caller.isAccessToken() ? QStringLiteral("api") : QStringLiteral("user")}}},
        {QStringLiteral("http"), http},
        {QStringLiteral("activity"),
         sentence(actor, operation, parameters, request.bodyObject(), status)},
        {QStringLiteral("source_url"), AuditedOperations::serviceUrl(service) + request.path},
        {QStringLiteral("_t"), now.toMSecsSinceEpoch()},
    };
    // A body that did not parse is not kept: it cannot be searched for secrets.
    if (request.hasBody)
        event.insert(QStringLiteral("detail"), detailOf(redact(request.body)));
    m_store.put(kCollection, id, event);
}
