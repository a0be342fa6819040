#pragma once

#include "emulator/core/EmulatorRequest.h"
#include "emulator/core/EmulatorResponse.h"

#include <QRegularExpression>
#include <QStringList>
#include <functional>
#include <vector>

enum class Access { Public, Secured };

// Maps method + path to a handler. Patterns use the spec's "{name}" placeholders; everything
// else (including ":verb" suffixes) is literal. When several patterns match a path, the one
// with the most literal characters wins, so "/v2/users/invite:resendEmail" beats "/v2/users/{id}".
class EmulatorRouter
{
public:
    using Handler = std::function<EmulatorResponse(const EmulatorRequest &)>;

    void add(const QByteArray &method, const QString &pathPattern, Access access, Handler handler);

    struct Route
    {
        QByteArray method;
        QString pattern;
        QRegularExpression regex;
        QStringList names;
        int literalLength = 0;
        Access access = Access::Secured;
        Handler handler;
    };

    enum class Outcome { Found, NotFound, MethodNotAllowed };
    struct Match
    {
        Outcome outcome = Outcome::NotFound;
        const Route *route = nullptr;
        QHash<QString, QString> pathParams;
        QStringList allowedMethods; // for 405
    };

    // path is the decoded URL path.
    Match match(const QByteArray &method, const QString &path) const;
    qsizetype routeCount() const { return qsizetype(m_routes.size()); }

private:
    std::vector<Route> m_routes;
};
