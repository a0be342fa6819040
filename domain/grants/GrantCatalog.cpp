#include "domain/grants/GrantCatalog.h"

#include "domain/grants/GrantMatcher.h"

#include <QCoreApplication>

namespace {

struct ActionInfo
{
    const char *action;
    const char *description;
    const char *needs; // the action it usually depends on, or nullptr
};

const ActionInfo actions[] = {
    {"entity-read", QT_TRANSLATE_NOOP("GrantCatalog", "Read entities"), nullptr},
    {"entity-create", QT_TRANSLATE_NOOP("GrantCatalog", "Create entities"), "entity-read"},
    {"entity-update", QT_TRANSLATE_NOOP("GrantCatalog", "Change entities"), "entity-read"},
    {"entity-delete", QT_TRANSLATE_NOOP("GrantCatalog", "Delete entities"), "entity-read"},
    {"entity-view", QT_TRANSLATE_NOOP("GrantCatalog", "View entities in lists and details"),
     nullptr},
    {"entity-edit", QT_TRANSLATE_NOOP("GrantCatalog", "Edit entities"), "entity-view"},
    {"entity-export", QT_TRANSLATE_NOOP("GrantCatalog", "Export entities"), "entity-read"},
    {"entity-import", QT_TRANSLATE_NOOP("GrantCatalog", "Import entities"), "entity-create"},
    {"note-view", QT_TRANSLATE_NOOP("GrantCatalog", "View notes"), nullptr},
    {"note-create", QT_TRANSLATE_NOOP("GrantCatalog", "Write notes"), "note-view"},
    {"note-edit", QT_TRANSLATE_NOOP("GrantCatalog", "Edit notes"), "note-view"},
    {"note-delete", QT_TRANSLATE_NOOP("GrantCatalog", "Delete notes"), "note-view"},
    {"message-view", QT_TRANSLATE_NOOP("GrantCatalog", "Read messages"), nullptr},
    {"message-send", QT_TRANSLATE_NOOP("GrantCatalog", "Send messages"), "message-view"},
    {"file-view", QT_TRANSLATE_NOOP("GrantCatalog", "View files"), nullptr},
    {"file-upload", QT_TRANSLATE_NOOP("GrantCatalog", "Upload files"), "file-view"},
    {"file-delete", QT_TRANSLATE_NOOP("GrantCatalog", "Delete files"), "file-view"},
    {"workflow-execution-view", QT_TRANSLATE_NOOP("GrantCatalog", "View workflows"), nullptr},
    {"workflow-execution-read", QT_TRANSLATE_NOOP("GrantCatalog", "Read workflows"), nullptr},
    {"workflow-execution-update", QT_TRANSLATE_NOOP("GrantCatalog", "Work on workflow tasks"),
     "workflow-execution-view"},
    {"partner-user-view", QT_TRANSLATE_NOOP("GrantCatalog", "View the partner's users"), nullptr},
    {"partner-user-manage", QT_TRANSLATE_NOOP("GrantCatalog", "Manage the partner's users"),
     "partner-user-view"},
};

const ActionInfo *find(const QString &action)
{
    for (const ActionInfo &info : actions) {
        if (action == QLatin1String(info.action))
            return &info;
    }
    return nullptr;
}

} // namespace

namespace GrantCatalog {

QStringList commonActions()
{
    QStringList list;
    for (const ActionInfo &info : actions)
        list << QString::fromLatin1(info.action);
    return list;
}

QString describe(const QString &action)
{
    const ActionInfo *info = find(action);
    return info ? QCoreApplication::translate("GrantCatalog", info->description) : QString();
}

bool isKnownAction(const QString &action)
{
    if (find(action))
        return true;
    if (!action.contains(QLatin1Char('*')))
        return false;
    for (const ActionInfo &info : actions) {
        if (GrantMatcher::matches(action, QString::fromLatin1(info.action)))
            return true;
    }
    return false;
}

QList<Grant> usualDependencies(const Grant &grant)
{
    if (grant.isDeny())
        return {};
    const ActionInfo *info = find(grant.action());
    if (!info || !info->needs)
        return {};
    Grant needed(QString::fromLatin1(info->needs), grant.resource(), QStringLiteral("allow"));
    if (!grant.hasResource())
        needed.setResource({});
    return {needed};
}

QString resourceHelp()
{
    return QCoreApplication::translate(
        "GrantCatalog",
        "Resources have the form entity:<organization id>:<schema>:<entity id>.\n"
        "A * matches anything in its place: entity:*:opportunity:* is every opportunity of every "
        "organization, entity:123:contact:* every contact of organization 123.\n"
        "An empty resource, or *, means every resource: use with great care.");
}

} // namespace GrantCatalog
