#include "services/StrictJson.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <cmath>
#include <deque>
#include <vector>

namespace {

// One open object or array; objects remember the keys seen so far. Keys are views into the
// document (or into `decoded` for keys with escapes), so scanning allocates little.
struct Frame
{
    bool isObject = false;
    bool expectKey = false;
    QSet<QByteArrayView> keys;
    std::deque<QByteArray> decoded; // a deque: its elements never move, so views stay valid
};

QString tr(const char *text)
{
    return QCoreApplication::translate("StrictJson", text);
}

// Skips the string starting at json[*at] == '"'; leaves *at after the closing quote. Returns the
// raw text between the quotes and whether it holds escapes.
QByteArrayView skipString(const QByteArray &json, qsizetype *at, bool *escaped)
{
    const qsizetype start = *at + 1;
    qsizetype i = start;
    *escaped = false;
    for (; i < json.size(); ++i) {
        const char c = json.at(i);
        if (c == '\\') {
            *escaped = true;
            ++i;
        } else if (c == '"') {
            break;
        }
    }
    *at = i + 1;
    return QByteArrayView(json).sliced(start, qMin(i, json.size()) - start);
}

// Escapes are decoded so that "a" and "\u0061" count as the same key.
QByteArray decoded(QByteArrayView raw)
{
    const QByteArray wrapped = "[\"" + raw.toByteArray() + "\"]";
    return QJsonDocument::fromJson(wrapped).array().at(0).toString().toUtf8();
}

// A number that stands for a whole number beyond 2^53, which a double cannot be trusted to hold.
// Plain integer literals are compared digit by digit; others by value, from 2^53 on (the double
// may already be rounded down onto it); a fraction or an exponent does not make a whole number safe
// ("9223372036854775807.", "1e17", "12345678901234567890.5" all read as one).
bool isUnsafeInteger(QByteArrayView literal)
{
    if (literal.contains('.') || literal.contains('e') || literal.contains('E')) {
        bool ok = false;
        const double value = literal.toByteArray().toDouble(&ok);
        return ok && std::fabs(value) >= 9007199254740992.0 && std::trunc(value) == value;
    }
    QByteArrayView digits = literal;
    if (digits.startsWith('-'))
        digits = digits.sliced(1);
    while (digits.size() > 1 && digits.startsWith('0'))
        digits = digits.sliced(1);
    static const QByteArrayView limit = "9007199254740992"; // 2^53
    if (digits.size() != limit.size())
        return digits.size() > limit.size();
    return digits.compare(limit) > 0;
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
            stack.push_back(Frame{c == '{', c == '{', {}, {}});
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
            bool escaped = false;
            const QByteArrayView raw = skipString(json, &at, &escaped);
            if (!stack.empty() && stack.back().isObject && stack.back().expectKey) {
                Frame &frame = stack.back();
                frame.expectKey = false;
                const QByteArrayView key =
                    escaped ? QByteArrayView(frame.decoded.emplace_back(decoded(raw))) : raw;
                if (frame.keys.contains(key))
                    return tr("The answer names the field \"%1\" twice in one object.")
                        .arg(QString::fromUtf8(key.first(qMin<qsizetype>(80, key.size()))));
                frame.keys.insert(key);
            }
        } else if (isNumberCharacter(c)) {
            qsizetype end = at;
            while (end < json.size() && isNumberCharacter(json.at(end)))
                ++end;
            const QByteArrayView literal = QByteArrayView(json).sliced(at, end - at);
            if (isUnsafeInteger(literal))
                return tr("The answer holds the number %1, too large to read exactly.")
                    .arg(QString::fromLatin1(literal.first(qMin<qsizetype>(40, literal.size()))));
            at = end;
        } else {
            ++at;
        }
    }
    return {};
}
