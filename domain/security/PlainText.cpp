#include "domain/security/PlainText.h"

namespace PlainText {

bool isDirectionControl(char32_t c)
{
    return c == 0x200E || c == 0x200F || c == 0x061C || (c >= 0x202A && c <= 0x202E) ||
           (c >= 0x2066 && c <= 0x2069);
}

QString visible(const QString &text, bool oneLine)
{
    QString result;
    result.reserve(text.size());
    for (const QChar c : text) {
        if (isDirectionControl(c.unicode()))
            result += QStringLiteral("<U+%1>").arg(
                QString::number(c.unicode(), 16).toUpper().rightJustified(4, QLatin1Char('0')));
        else if (oneLine && (c == QLatin1Char('\n') || c == QLatin1Char('\r')))
            result += QStringLiteral(" \u23CE ");
        else
            result += c;
    }
    return result;
}

} // namespace PlainText
