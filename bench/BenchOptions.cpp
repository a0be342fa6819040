#include "bench/BenchOptions.h"

#include <QUrl>

BenchOptions BenchOptions::parse(const QStringList &arguments)
{
    BenchOptions options;
    options.m_mode = arguments.value(1);
    for (int i = 2; i < arguments.size(); i += 2) {
        const QString key = arguments.at(i);
        if (!key.startsWith(QLatin1String("--")) || i + 1 >= arguments.size()) {
            options.m_error = QStringLiteral("expected \"--name value\" at \"%1\"").arg(key);
            break;
        }
        options.m_values.insert(key.mid(2), arguments.at(i + 1));
    }
    return options;
}

QString BenchOptions::text(const QString &key, const QString &fallback) const
{
    return m_values.value(key, fallback);
}

int BenchOptions::number(const QString &key, int fallback) const
{
    bool ok = false;
    const int value = m_values.value(key).toInt(&ok);
    return ok ? value : fallback;
}

QStringList BenchOptions::list(const QString &key) const
{
    return text(key).split(QLatin1Char(','), Qt::SkipEmptyParts);
}

ApiEndpoints BenchOptions::endpoints() const
{
    return ApiEndpoints::singleServer(QUrl(text(QStringLiteral("url"))));
}

QString BenchOptions::checkServer() const
{
    if (text(QStringLiteral("url")).isEmpty() || token().isEmpty())
        return QStringLiteral("--url and --token are required");
    return {};
}
