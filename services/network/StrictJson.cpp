#include "services/network/StrictJson.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <algorithm>
#include <cmath>
#include <deque>
#include <vector>

namespace {

// One open object or array; objects remember the keys seen so far. Keys are views into the
// document (or into the decoded keys kept beside), so scanning allocates little.
struct Frame
{
    bool isObject = false;
    bool expectKey = false;
    std::vector<QByteArrayView> keys; // most objects have a few keys: a linear search is fastest
    QSet<QByteArrayView> manyKeys;    // from kLinearKeys on, so a huge object stays linear time
};

constexpr std::size_t kLinearKeys = 32;

// Records `key` in the frame; false when the object named it already.
bool addKey(Frame &frame, QByteArrayView key)
{
    if (frame.manyKeys.isEmpty()) {
        if (std::find(frame.keys.cbegin(), frame.keys.cend(), key) != frame.keys.cend())
            return false;
        frame.keys.push_back(key);
        if (frame.keys.size() < kLinearKeys)
            return true;
        for (QByteArrayView known : frame.keys)
            frame.manyKeys.insert(known);
        return true;
    }
    if (frame.manyKeys.contains(key))
        return false;
    frame.manyKeys.insert(key);
    return true;
}

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
    // Frames are reused when the depth comes back: no allocation per object of a long list.
    std::vector<Frame> stack;
    std::size_t depth = 0;
    std::deque<QByteArray> decodedKeys; // a deque: its elements never move, so views stay valid
    qsizetype at = 0;
    while (at < json.size()) {
        const char c = json.at(at);
        if (c == '{' || c == '[') {
            if (int(depth) >= maximumDepth)
                return tr("The answer is nested deeper than %1 levels.").arg(maximumDepth);
            if (depth == stack.size())
                stack.emplace_back();
            Frame &frame = stack[depth++];
            frame.isObject = frame.expectKey = c == '{';
            frame.keys.clear();
            frame.manyKeys.clear();
            ++at;
        } else if (c == '}' || c == ']') {
            if (depth > 0)
                --depth;
            ++at;
        } else if (c == ',') {
            if (depth > 0 && stack[depth - 1].isObject)
                stack[depth - 1].expectKey = true;
            ++at;
        } else if (c == ':') {
            if (depth > 0)
                stack[depth - 1].expectKey = false;
            ++at;
        } else if (c == '"') {
            bool escaped = false;
            const QByteArrayView raw = skipString(json, &at, &escaped);
            if (depth > 0 && stack[depth - 1].isObject && stack[depth - 1].expectKey) {
                Frame &frame = stack[depth - 1];
                frame.expectKey = false;
                const QByteArrayView key =
                    escaped ? QByteArrayView(decodedKeys.emplace_back(decoded(raw))) : raw;
                if (!addKey(frame, key))
                    return tr("The answer names the field \"%1\" twice in one object.")
                        .arg(QString::fromUtf8(key.first(qMin<qsizetype>(80, key.size()))));
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
