#include "domain/common/JsonLocator.h"

#include <QRegularExpression>

JsonLocator::JsonLocator(const QString &text) : m_text(text)
{
    value(QString());
}

int JsonLocator::lineAtOffset(const QString &text, qsizetype offset)
{
    return int(QStringView(text)
                   .left(qBound<qsizetype>(0, offset, text.size()))
                   .count(QLatin1Char('\n'))) +
           1;
}

int JsonLocator::lineOf(const QString &path) const
{
    QString current = path;
    static const QRegularExpression lastStep(QStringLiteral(R"((\.[^.\[]*|\[\d+\])$)"));
    while (true) {
        const auto found = m_offsets.constFind(current);
        if (found != m_offsets.constEnd())
            return lineAtOffset(m_text, *found);
        if (current.isEmpty())
            return 0;
        const QString shorter = QString(current).remove(lastStep);
        if (shorter == current)
            return 0;
        current = shorter;
    }
}

void JsonLocator::skipSpace()
{
    while (m_at < m_text.size() && m_text.at(m_at).isSpace())
        ++m_at;
}

bool JsonLocator::skipString(QString *out)
{
    if (m_at >= m_text.size() || m_text.at(m_at) != QLatin1Char('"'))
        return false;
    ++m_at;
    QString text;
    while (m_at < m_text.size() && m_text.at(m_at) != QLatin1Char('"')) {
        if (m_text.at(m_at) == QLatin1Char('\\'))
            ++m_at;
        if (m_at < m_text.size())
            text += m_text.at(m_at);
        ++m_at;
    }
    ++m_at;
    if (out)
        *out = text;
    return true;
}

void JsonLocator::value(const QString &path)
{
    skipSpace();
    if (m_at >= m_text.size())
        return;
    m_offsets.insert(path, m_at);
    const QChar c = m_text.at(m_at);
    if (c == QLatin1Char('{')) {
        ++m_at;
        while (true) {
            skipSpace();
            if (m_at >= m_text.size() || m_text.at(m_at) == QLatin1Char('}')) {
                ++m_at;
                return;
            }
            QString key;
            if (!skipString(&key))
                return;
            skipSpace();
            if (m_at >= m_text.size() || m_text.at(m_at) != QLatin1Char(':'))
                return;
            ++m_at;
            value(path.isEmpty() ? key : path + QLatin1Char('.') + key);
            skipSpace();
            if (m_at < m_text.size() && m_text.at(m_at) == QLatin1Char(','))
                ++m_at;
            else if (m_at < m_text.size() && m_text.at(m_at) != QLatin1Char('}'))
                return;
        }
    }
    if (c == QLatin1Char('[')) {
        ++m_at;
        for (int index = 0;; ++index) {
            skipSpace();
            if (m_at >= m_text.size() || m_text.at(m_at) == QLatin1Char(']')) {
                ++m_at;
                return;
            }
            value(QStringLiteral("%1[%2]").arg(path).arg(index));
            skipSpace();
            if (m_at < m_text.size() && m_text.at(m_at) == QLatin1Char(','))
                ++m_at;
            else if (m_at < m_text.size() && m_text.at(m_at) != QLatin1Char(']'))
                return;
        }
    }
    if (c == QLatin1Char('"')) {
        skipString();
        return;
    }
    while (m_at < m_text.size() && !QStringLiteral(",}] \t\r\n").contains(m_text.at(m_at)))
        ++m_at;
}
