#include "domain/console/OperationCall.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUrl>

namespace {

QString translate(const char *text)
{
    return QCoreApplication::translate("OperationCall", text);
}

} // namespace

QStringList OperationCall::valuesOf(const OperationParameter &parameter) const
{
    const QString text = values.value(parameter.name).trimmed();
    if (text.isEmpty())
        return {};
    if (!parameter.type.startsWith(QLatin1String("array")))
        return {text};
    QStringList parts;
    for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts))
        parts.append(part.trimmed());
    return parts;
}

QByteArray OperationCall::compactBody() const
{
    if (!m_operation || !m_operation->hasBody || body.trimmed().isEmpty())
        return {};
    QJsonParseError error;
    const QJsonDocument wrapped = QJsonDocument::fromJson('[' + body.toUtf8() + ']', &error);
    if (error.error != QJsonParseError::NoError || wrapped.array().size() != 1)
        return {};
    const QByteArray compact = wrapped.toJson(QJsonDocument::Compact);
    return compact.mid(1, compact.size() - 2);
}

QString OperationCall::problem() const
{
    if (!m_operation)
        return translate("Choose an operation first.");
    for (const OperationParameter &parameter : m_operation->parameters) {
        if (parameter.required && valuesOf(parameter).isEmpty())
            return translate("The parameter \"%1\" is required.").arg(parameter.name);
        const bool whole = parameter.type == QLatin1String("integer");
        if (whole || parameter.type == QLatin1String("number")) {
            bool ok = true;
            for (const QString &value : valuesOf(parameter)) {
                bool good = false;
                if (whole)
                    value.toLongLong(&good);
                else
                    value.toDouble(&good);
                ok = ok && good;
            }
            if (!ok)
                return translate("The parameter \"%1\" takes a number.").arg(parameter.name);
        }
    }
    if (m_operation->hasBody) {
        if (body.trimmed().isEmpty() && m_operation->bodyRequired)
            return translate("This operation needs a request body.");
        if (!body.trimmed().isEmpty() && compactBody().isEmpty())
            return translate("The request body is not valid JSON.");
    }
    return {};
}

QString OperationCall::resolvedPath() const
{
    if (!m_operation)
        return {};
    QString path = m_operation->path;
    for (const OperationParameter &parameter : m_operation->parameters) {
        if (parameter.place == OperationParameter::Place::Path)
            path.replace('{' + parameter.name + '}',
                         ApiRequest::segment(values.value(parameter.name).trimmed()));
    }
    return path;
}

ApiRequest OperationCall::request() const
{
    ApiRequest request;
    if (!m_operation)
        return request;
    request.api = m_operation->api;
    request.method = m_operation->method;
    request.path = resolvedPath();
    request.operationId = m_operation->operationId;
    request.authenticated = m_operation->authenticated;
    for (const OperationParameter &parameter : m_operation->parameters) {
        if (parameter.place != OperationParameter::Place::Query)
            continue;
        for (const QString &value : valuesOf(parameter))
            request.query.addQueryItem(parameter.name,
                                       QString::fromLatin1(QUrl::toPercentEncoding(value)));
    }
    const QByteArray compact = compactBody();
    if (!compact.isEmpty()) {
        request.hasBody = true;
        request.rawBody = compact;
        request.body = QJsonDocument::fromJson(compact); // null for scalars; rawBody is sent
    }
    return request;
}

QString OperationCall::shellQuote(const QString &text)
{
    QString quoted = text;
    quoted.replace(QLatin1Char('\''), QLatin1String("'\\''"));
    return '\'' + quoted + '\'';
}

QString OperationCall::curlCommand(const ApiEndpoints &endpoints, const QString &token) const
{
    if (!m_operation)
        return {};
    const ApiRequest call = request();
    QUrl url = endpoints.baseFor(call.api);
    url.setPath(url.path().chopped(url.path().endsWith('/') ? 1 : 0) + call.path,
                QUrl::TolerantMode);
    if (!call.query.isEmpty())
        url.setQuery(call.query);
    QStringList parts{
        QStringLiteral("curl -X %1 %2")
            .arg(QString::fromLatin1(call.method), shellQuote(url.toString(QUrl::FullyEncoded)))};
    if (call.authenticated) {
        parts << (token.isEmpty() ? QStringLiteral("-H \"Authorization: Bearer $EPILOT_TOKEN\"")
                                  : "-H " + shellQuote("Authorization: Bearer " + token));
    }
    parts << QStringLiteral("-H 'Accept: application/json'");
    if (call.hasBody) {
        parts << QStringLiteral("-H 'Content-Type: application/json'")
              << "-d " + shellQuote(QString::fromUtf8(call.rawBody));
    }
    return parts.join(QStringLiteral(" \\\n  "));
}

QString OperationCall::cliCommand(const ApiEndpoints &endpoints, const QString &token) const
{
    if (!m_operation)
        return {};
    // Path parameters go positional, in path order: @epilot/cli 0.1.11 drops some `-p` path
    // values (org_id) when a body is given, while positional ones always work.
    QString head = QStringLiteral("epilot %1 %2")
                       .arg(OperationCatalog::apiName(m_operation->api), m_operation->operationId);
    QStringList flags;
    for (const OperationParameter &parameter : m_operation->parameters) {
        for (const QString &value : valuesOf(parameter)) {
            if (parameter.place == OperationParameter::Place::Path)
                head += ' ' + shellQuote(value);
            else
                flags << "-p " + shellQuote(parameter.name + '=' + value);
        }
    }
    QStringList parts{head};
    parts << flags;
    const QByteArray compact = compactBody();
    if (!compact.isEmpty())
        parts << "-d " + shellQuote(QString::fromUtf8(compact));
    const QUrl base = endpoints.baseFor(m_operation->api);
    if (base != ApiEndpoints::defaults().baseFor(m_operation->api))
        parts << "-s " + shellQuote(base.toString());
    if (m_operation->authenticated) {
        parts << (token.isEmpty() ? QStringLiteral("-t \"$EPILOT_TOKEN\"")
                                  : "-t " + shellQuote(token));
    }
    // The CLI's bundled user.json predates these operations; it needs the current definition.
    static const QStringList unknownToCli{
        "listUserSettings",  "getUserSettingsScope", "getUserSetting", "putUserSetting",
        "deleteUserSetting", "requestPasswordReset", "resetPassword",  "sendUserPasswordReset"};
    QString prefix;
    if (unknownToCli.contains(m_operation->operationId)) {
        parts << QStringLiteral("--definition user.json");
        prefix = QStringLiteral("# @epilot/cli 0.1.11 does not know this operation yet: pass the "
                                "User API's current OpenAPI file with --definition.\n");
    }
    return prefix + parts.join(QStringLiteral(" \\\n  "));
}
