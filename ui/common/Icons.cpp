#include "ui/common/Icons.h"

#include "ui/common/SvgIconEngine.h"

#include <QFile>
#include <QHash>

static void initializeResources()
{
    Q_INIT_RESOURCE(resources);
}

namespace Icons {

void initialize()
{
    static const bool done = [] {
        initializeResources();
        return true;
    }();
    Q_UNUSED(done);
}

QIcon get(const QString &name)
{
    initialize();
    static QHash<QString, QIcon> cache;
    if (const auto found = cache.constFind(name); found != cache.constEnd())
        return *found;
    const QString fileName = QStringLiteral(":/icons/%1.svg").arg(name);
    const QIcon icon = QFile::exists(fileName) ? QIcon(new SvgIconEngine(fileName)) : QIcon();
    cache.insert(name, icon);
    return icon;
}

QIcon application()
{
    return get(QStringLiteral("application"));
}

} // namespace Icons
