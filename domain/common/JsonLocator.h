#pragma once

#include <QHash>
#include <QString>

// Finds where values sit in JSON text, by path ("grants[1].effect"), so an editor can point at
// the line of a value that parses but does not fit. Tolerant: stops quietly on malformed text.
class JsonLocator
{
public:
    explicit JsonLocator(const QString &text);

    // 1-based line of the value at `path`, or of its nearest located ancestor; 0 if none.
    int lineOf(const QString &path) const;
    static int lineAtOffset(const QString &text, qsizetype offset);

private:
    void value(const QString &path);
    void skipSpace();
    bool skipString(QString *out = nullptr);

    QString m_text;
    qsizetype m_at = 0;
    QHash<QString, qsizetype> m_offsets;
};
