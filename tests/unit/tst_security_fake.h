#pragma once

// A loopback server playing the Access Token and Audit Logs APIs as access-token.json and
// audit-logs.json describe them (plus listAllRoles), for the pages' tests until the emulator
// serves them. The audit log is synthetic: event i (newest first) is computed, not stored, so a
// log of 1,000,000 events costs nothing here; `special` events come first.
#include <QAbstractHttpServer>
#include <QDateTime>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QUrlQuery>

class FakeSecurityServer : public QAbstractHttpServer
{
public:
    struct Call
    {
        QString method;
        QString path;
        QUrlQuery query;
        QByteArray body;
    };
    QList<Call> calls;
    QList<QJsonObject> tokens;       // items, newest last
    QHash<QString, QString> secrets; // token id → the token issued
    QSet<QString> revoked;
    int eventCount = 300;
    QList<QJsonObject> special; // come first (newest)
    QDateTime newest = QDateTime(QDate(2026, 11, 30), QTime(12, 0), Qt::UTC);
    QString organization = QStringLiteral("739224");

    int countOf(const QString &method, const QString &pathStart) const
    {
        int count = 0;
        for (const Call &call : calls)
            count += call.method == method && call.path.startsWith(pathStart);
        return count;
    }

    QJsonObject event(int index) const
    {
        if (index < special.size())
            return special.at(index);
        const int i = index - int(special.size());
        static const char *services[] = {"user", "permissions", "organization"};
        static const char *events[] = {"updateUserV2", "putRole", "updateOrganization"};
        static const char *methods[] = {"PATCH", "PUT", "PUT"};
        const int kind = i % 3;
        const int status = i % 10 == 7 ? 403 : 200;
        const QString person = QStringLiteral("person%1@example.org").arg(i % 5);
        return QJsonObject{
            {"id", QStringLiteral("evt-%1").arg(index)},
            {"org_id", organization},
            {"service_name", services[kind]},
            {"event_name", events[kind]},
            {"status_code", status},
            {"timestamp", newest.addSecs(-60LL * index).toString(Qt::ISODateWithMs)},
            {"caller", QJsonObject{{"user_email", person},
                                   {"user_id", QString::number(1000 + i % 5)},
                                   {"trigger_type", "user"}}},
            {"http", QJsonObject{{"method", methods[kind]},
                                 {"path", QStringLiteral("/v2/users/%1").arg(i % 50)},
                                 {"pathParams", QJsonObject{{"id", QString::number(i % 50)}}}}},
            {"detail", QStringLiteral("{\"department\":\"Team %1\",\"name\":\"Anna\"}").arg(i)},
            {"activity", QStringLiteral("%1 changed record %2").arg(person).arg(i % 50)},
            {"source_url", QStringLiteral("https://portal.epilot.cloud/app/users/%1").arg(i % 50)}};
    }

    static bool matches(const QJsonObject &event, const QJsonObject &search)
    {
        const auto same = [&](const char *key, const QString &value) {
            return !search.contains(key) || search.value(key).toString() == value;
        };
        if (!same("service_name", event.value("service_name").toString()) ||
            !same("event_name", event.value("event_name").toString()) ||
            !same("method", event.value("http").toObject().value("method").toString()))
            return false;
        const int status = event.value("status_code").toInt();
        if (search.contains("outcome") &&
            (search.value("outcome").toString() == "success") != (status < 400))
            return false;
        const QJsonObject user = search.value("user").toObject();
        const QJsonObject caller = event.value("caller").toObject();
        if (user.contains("email") && user.value("email") != caller.value("user_email"))
            return false;
        if (user.contains("user_id") && user.value("user_id") != caller.value("user_id"))
            return false;
        const QJsonObject range = search.value("timestamp").toObject();
        const QDateTime when =
            QDateTime::fromString(event.value("timestamp").toString(), Qt::ISODateWithMs);
        if (range.contains("from") &&
            when < QDateTime::fromString(range.value("from").toString(), Qt::ISODateWithMs))
            return false;
        if (range.contains("to") &&
            when > QDateTime::fromString(range.value("to").toString(), Qt::ISODateWithMs))
            return false;
        return true;
    }

    static bool filters(const QJsonObject &search)
    {
        for (const char *key :
             {"service_name", "event_name", "method", "outcome", "user", "timestamp"})
            if (search.contains(key))
                return true;
        return false;
    }

    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override
    {
        Call call;
        switch (request.method()) {
        case QHttpServerRequest::Method::Get:
            call.method = "GET";
            break;
        case QHttpServerRequest::Method::Post:
            call.method = "POST";
            break;
        case QHttpServerRequest::Method::Delete:
            call.method = "DELETE";
            break;
        default:
            call.method = "OTHER";
        }
        call.path = request.url().path();
        call.query = request.query();
        call.body = request.body();
        calls.append(call);
        QHttpServerResponder responder = makeResponder(request, socket);
        const auto [status, answer] = answer_(call);
        responder.write(answer, "application/json", QHttpServerResponder::StatusCode(status));
        return true;
    }
    void missingHandler(const QHttpServerRequest &, QTcpSocket *) override {}

private:
    static QByteArray json(const QJsonObject &object)
    {
        return QJsonDocument(object).toJson(QJsonDocument::Compact);
    }

    std::pair<int, QByteArray> answer_(const Call &call)
    {
        const QJsonObject body = QJsonDocument::fromJson(call.body).object();
        if (call.method == "POST" && call.path == "/v1/logs") {
            const int page = body.value("page").toInt();
            const int limit = body.value("limit").toInt(50);
            QJsonArray logs;
            int total = 0;
            if (!filters(body)) {
                total = eventCount;
                for (int i = page * limit; i < qMin(eventCount, (page + 1) * limit); ++i)
                    logs.append(event(i));
            } else {
                for (int i = 0; i < eventCount; ++i) {
                    const QJsonObject e = event(i);
                    if (!matches(e, body))
                        continue;
                    if (total >= page * limit && total < (page + 1) * limit)
                        logs.append(e);
                    ++total;
                }
            }
            return {200, json({{"logs", logs}, {"total", total}})};
        }
        if (call.method == "GET" && call.path.startsWith("/v1/logs/")) {
            const QString id = call.path.mid(9);
            for (int i = 0; i < qMin(eventCount, int(special.size()) + 1000); ++i) {
                if (event(i).value("id").toString() == id)
                    return {200, json({{"log", event(i)}})};
            }
            if (id.startsWith("evt-"))
                return {200, json({{"log", event(id.mid(4).toInt())}})};
            return {404, json({{"message", "no such event"}})};
        }
        if (call.method == "GET" && call.path == "/v1/permissions/roles") {
            const auto role = [this](const QString &slug, const QString &name,
                                     const QString &action) {
                return QJsonObject{
                    {"id", organization + ':' + slug},
                    {"slug", slug},
                    {"name", name},
                    {"type", "user_role"},
                    {"organization_id", organization},
                    {"grants", QJsonArray{QJsonObject{{"action", action}, {"resource", "*"}}}}};
            };
            return {200, json({{"roles", QJsonArray{role("owner", "Owner", "*"),
                                                    role("viewer", "Read-only", "entity:view")}}})};
        }
        if (call.method == "GET" && call.path == "/v1/access-tokens") {
            QJsonArray items;
            for (const QJsonObject &item : std::as_const(tokens))
                if (!revoked.contains(item.value("id").toString()))
                    items.append(item);
            return {200, QJsonDocument(items).toJson(QJsonDocument::Compact)};
        }
        if (call.method == "POST" && call.path == "/v1/access-tokens") {
            const QString name = body.value("name").toString();
            if (name.isEmpty())
                return {400, json({{"status", 400}, {"error", "name is required"}})};
            // A server that echoes a token in its refusal: the client must not keep it.
            if (name == QLatin1String("echo"))
                return {400, json({{"status", 400}, {"error", "refused"},
                                   {"token", "eyJhbGciOiJSUzI1NiJ9.echoed.secret"}})};
            const QString id =
                QStringLiteral("api_%1").arg(QRandomGenerator::global()->bounded(1000000, 9999999));
            QJsonObject item{
                {"id", id},
                {"name", name},
                {"token_type", "api"},
                {"created_at", QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
                {"assignments", body.value("assignments")},
                {"read_only", body.value("read_only").toBool()},
                {"anonymize", body.value("anonymize").toBool()}};
            if (body.contains("expires_in"))
                item.insert("expires_at", QDateTime::currentDateTimeUtc()
                                              .addSecs(body.value("expires_in").toInteger())
                                              .toString(Qt::ISODateWithMs));
            tokens.append(item);
            const QString secret =
                QStringLiteral("eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ0ZXN0In0.sig%1X%2")
                    .arg(QRandomGenerator::global()->bounded(100000000, 999999999))
                    .arg(QRandomGenerator::global()->bounded(100000000, 999999999));
            secrets.insert(id, secret);
            QJsonObject answer = item;
            answer.insert("token", secret);
            return {201, json(answer)};
        }
        if (call.method == "DELETE" && call.path.startsWith("/v1/access-tokens/")) {
            const QString id = call.path.mid(18);
            for (const QJsonObject &item : std::as_const(tokens)) {
                if (item.value("id").toString() == id) {
                    revoked.insert(id);
                    return {200, json(item)};
                }
            }
            return {404, json({{"message", "no such token"}})};
        }
        return {404, json({{"message", "not here"}})};
    }
};
