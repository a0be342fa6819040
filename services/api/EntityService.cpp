#include "services/api/EntityService.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>
#include <QTimer>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("EntityService", text);
}

// Reports a refusal asynchronously, as a sent call would; there is no call to cancel.
template <typename Callback>
ApiCall *refuse(QObject *context, const QString &message, Callback done)
{
    QTimer::singleShot(0, context, [done, message] { done(ApiError::invalidRequest(message)); });
    return nullptr;
}

QString entityPath(const QString &slug, const QString &id = {})
{
    QString path = QStringLiteral("/v1/entity/") + ApiRequest::segment(slug);
    if (!id.isEmpty())
        path += QLatin1Char('/') + ApiRequest::segment(id);
    return path;
}

// Empty when slug and id may be sent.
QString targetProblem(const QString &slug, const QString &id)
{
    if (!EntityService::isSlug(slug))
        return tr("\"%1\" is not an entity schema.").arg(slug);
    if (id.trimmed().isEmpty())
        return tr("No record chosen.");
    return {};
}

} // namespace

QJsonObject EntitySearch::toJson() const
{
    QJsonObject body{
        {QStringLiteral("q"), q}, {QStringLiteral("from"), from}, {QStringLiteral("size"), size}};
    if (!sort.isEmpty())
        body.insert(QStringLiteral("sort"), QJsonArray::fromStringList(sort));
    return body;
}

QString EntitySearch::problem() const
{
    if (q.trimmed().isEmpty())
        return tr("The search needs a query.");
    if (from < 0)
        return tr("The search offset cannot be negative.");
    if (size < 0 || size > 1000)
        return tr("The page size must be between 0 and 1000.");
    return {};
}

QString EntitySearch::phrase(const QString &text)
{
    QString escaped = text.simplified();
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    escaped.replace(QLatin1Char('"'), QStringLiteral("\\\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

EntityService::EntityService(ApiClient *client, QObject *parent) : QObject(parent), m_client(client)
{
}

bool EntityService::isSlug(const QString &slug)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-zA-Z0-9_-]+$"));
    return pattern.match(slug).hasMatch();
}

ApiCall *EntityService::searchEntities(const EntitySearch &search, QObject *context,
                                       ObjectCallback done)
{
    if (const QString problem = search.problem(); !problem.isEmpty())
        return refuse(context, problem, done);
    return ServiceCall::object(
        m_client,
        ApiRequest::withBody(Api::Entity, "POST", QStringLiteral("/v1/entity:search"),
                             QJsonDocument(search.toJson()), "searchEntities"),
        context, std::move(done));
}

ApiCall *EntityService::createEntity(const QString &slug, const QJsonObject &entity,
                                     QObject *context, ObjectCallback done)
{
    if (!isSlug(slug))
        return refuse(context, tr("\"%1\" is not an entity schema.").arg(slug), done);
    return ServiceCall::object(m_client,
                               ApiRequest::withBody(Api::Entity, "POST", entityPath(slug),
                                                    QJsonDocument(entity), "createEntity"),
                               context, std::move(done));
}

ApiCall *EntityService::getEntity(const QString &slug, const QString &id, QObject *context,
                                  ObjectCallback done)
{
    if (const QString problem = targetProblem(slug, id); !problem.isEmpty())
        return refuse(context, problem, done);
    return ServiceCall::object(m_client,
                               ApiRequest::get(Api::Entity, entityPath(slug, id), "getEntity"),
                               context, std::move(done));
}

ApiCall *EntityService::patchEntity(const QString &slug, const QString &id,
                                    const QJsonObject &changes, QObject *context,
                                    ObjectCallback done)
{
    if (const QString problem = targetProblem(slug, id); !problem.isEmpty())
        return refuse(context, problem, done);
    return ServiceCall::object(m_client,
                               ApiRequest::withBody(Api::Entity, "PATCH", entityPath(slug, id),
                                                    QJsonDocument(changes), "patchEntity"),
                               context, std::move(done));
}

ApiCall *EntityService::deleteEntity(const QString &slug, const QString &id, QObject *context,
                                     DoneCallback done)
{
    if (const QString problem = targetProblem(slug, id); !problem.isEmpty())
        return refuse(context, problem, done);
    ApiRequest request = ApiRequest::get(Api::Entity, entityPath(slug, id), "deleteEntity");
    request.method = "DELETE";
    return ServiceCall::done(m_client, request, context, std::move(done));
}
