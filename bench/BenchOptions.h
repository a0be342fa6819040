#pragma once

#include "services/network/ApiEndpoints.h"

#include <QHash>
#include <QString>
#include <QStringList>

// The benchmark's command line: "epilot-bench MODE --key value …". Every mode that talks to the
// emulator needs --url and --token.
class BenchOptions
{
public:
    static BenchOptions parse(const QStringList &arguments);

    QString mode() const { return m_mode; }
    QString error() const { return m_error; }
    QString text(const QString &key, const QString &fallback = {}) const;
    int number(const QString &key, int fallback) const;
    QStringList list(const QString &key) const; // comma separated
    ApiEndpoints endpoints() const;
    QString token() const { return text(QStringLiteral("token")); }
    // Empty when the options needed to reach the emulator are there.
    QString checkServer() const;

private:
    QString m_mode;
    QString m_error;
    QHash<QString, QString> m_values;
};
