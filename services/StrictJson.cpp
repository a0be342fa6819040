#include "services/StrictJson.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <cmath>
#include <vector>

namespace {

// One open object or array; objects remember the keys seen so far.
struct Frame
{
    bool isObject = false;
    bool expectKey = false;
    QSet<QByteArray> keys;
};

QString tr(const char *text)
{
    return QCoreApplication::translate("StrictJson", text);
}

// Reads the string starting at json[*at] == '"'; leaves *at after the closing quote. Escapes are
// decoded so that "a" and "\u0061" count as the same key.
QByteArray readString(const QByteArray &json, qsizetype *at)
{
    const qsizetype start = *at;
    bool escaped = false;
    qsizetype i = start + 1;
    for (; i < json.size(); ++i) {
        const char c = json.at(i);
        if (c == '\\') {
            escaped = true;
            ++i;
        } else if (c == '"') {
            break;
        }
    }
    *at = i + 1;
    const QByteArray raw = json.mid(start, i + 1 - start);
    if (!escaped)
        return raw.mid(1, raw.size() - 2);
    const QJsonDocument wrapped = QJsonDocument::fromJson('[' + raw + ']');
    return wrapped.array().at(0).toString().toUtf8();
}

// A number that stands for a whole number beyond 2^53, which a double cannot be trusted to hold.
// Plain integer literals are compared digit by digit; others by value, from 2^53 on (the double
// may already be rounded down onto it); a fraction or an exponent does not make a whole number safe
// ("9223372036854775807.", "1e17", "12345678901234567890.5" all read as one).
bool isUnsafeInteger(const QByteArray &literal)
{
    if (literal.contains('.') || literal.contains('e') || literal.contains('E')) {
        bool ok = false;
        const double value = literal.toDouble(&ok);
        return ok && std::fabs(value) >= 9007199254740992.0 && std::trunc(value) == value;
    }
    QByteArray digits = literal;
    if (digits.startsWith('-'))
        digits.remove(0, 1);
    while (digits.size() > 1 && digits.startsWith('0'))
        digits.remove(0, 1);
    static const QByteArray limit = "9007199254740992"; // 2^53
    if (digits.size() != limit.size())
        return digits.size() > limit.size();
    return digits > limit;
}

bool isNumberCharacter(char c)
{
    return (c >= '0' && c <= '9') || c == '-' || c == '+' || c == '.' || c == 'e' || c == 'E';
}

} // namespace

QString StrictJson::problem(const QByteArray &json)
{
    std::vector<Frame> stack;
    qsizetype at = 0;
    while (at < json.size()) {
        const char c = json.at(at);
        if (c == '{' || c == '[') {
            if (int(stack.size()) >= maximumDepth)
                return tr("The answer is nested deeper than %1 levels.").arg(maximumDepth);
            stack.push_back(Frame{c == '{', c == '{', {}});
            ++at;
        } else if (c == '}' || c == ']') {
            if (!stack.empty())
                stack.pop_back();
            ++at;
        } else if (c == ',') {
            if (!stack.empty() && stack.back().isObject)
                stack.back().expectKey = true;
            ++at;
        } else if (c == ':') {
            if (!stack.empty())
                stack.back().expectKey = false;
            ++at;
        } else if (c == '"') {
            const QByteArray text = readString(json, &at);
            if (!stack.empty() && stack.back().isObject && stack.back().expectKey) {
                stack.back().expectKey = false;
                if (stack.back().keys.contains(text))
                    return tr("The answer names the field \"%1\" twice in one object.")
                        .arg(QString::fromUtf8(text.left(80)));
                stack.back().keys.insert(text);
            }
        } else if (isNumberCharacter(c)) {
            qsizetype end = at;
            while (end < json.size() && isNumberCharacter(json.at(end)))
                ++end;
            const QByteArray literal = json.mid(at, end - at);
            if (isUnsafeInteger(literal))
                return tr("The answer holds the number %1, too large to read exactly.")
                    .arg(QString::fromLatin1(literal.left(40)));
            at = end;
        } else {
            ++at;
        }
    }
    return {};
}
