#include "emulator/core/EmulatorRouter.h"

namespace {
const QRegularExpression &placeholderPattern()
{
    static const QRegularExpression pattern(QStringLiteral("\\{([A-Za-z_][A-Za-z0-9_]*)\\}"));
    return pattern;
}
} // namespace

void EmulatorRouter::add(const QByteArray &method, const QString &pathPattern, Access access,
                         Handler handler)
{
    Route route;
    route.method = method.toUpper();
    route.pattern = pathPattern;
    route.access = access;
    route.handler = std::move(handler);

    QString regex = QStringLiteral("^");
    qsizetype position = 0;
    auto iterator = placeholderPattern().globalMatch(pathPattern);
    while (iterator.hasNext()) {
        const auto placeholder = iterator.next();
        const QString literal = pathPattern.mid(position, placeholder.capturedStart() - position);
        regex += QRegularExpression::escape(literal);
        route.literalLength += int(literal.size());
        // One segment, never across '/'.
        regex += QStringLiteral("([^/]+)");
        route.names.append(placeholder.captured(1));
        position = placeholder.capturedEnd();
    }
    const QString tail = pathPattern.mid(position);
    regex += QRegularExpression::escape(tail) + QStringLiteral("$");
    route.literalLength += int(tail.size());
    route.regex = QRegularExpression(regex);
    route.regex.optimize();
    m_routes.push_back(std::move(route));
}

EmulatorRouter::Match EmulatorRouter::match(const QByteArray &method, const QString &path) const
{
    Match result;
    const QByteArray wanted = method.toUpper();
    int bestLength = -1;
    for (const Route &route : m_routes) {
        const auto found = route.regex.match(path);
        if (!found.hasMatch())
            continue;
        if (route.method != wanted) {
            if (!result.allowedMethods.contains(QString::fromLatin1(route.method)))
                result.allowedMethods.append(QString::fromLatin1(route.method));
            continue;
        }
        if (route.literalLength <= bestLength)
            continue;
        bestLength = route.literalLength;
        result.route = &route;
        result.pathParams.clear();
        for (int index = 0; index < route.names.size(); ++index)
            result.pathParams.insert(route.names.at(index), found.captured(index + 1));
    }
    if (result.route)
        result.outcome = Outcome::Found;
    else if (!result.allowedMethods.isEmpty())
        result.outcome = Outcome::MethodNotAllowed;
    return result;
}
