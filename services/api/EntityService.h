#pragma once

#include "services/network/ServiceCall.h"

#include <QObject>
#include <QStringList>

// The query of searchEntities (request body of POST /v1/entity:search).
struct EntitySearch
{
    QString q;        // Lucene, e.g. "_schema:partner AND status:Request"
    int from = 0;     // zero-based offset
    int size = 10;    // 0..1000
    QStringList sort; // e.g. "_title:asc"

    QJsonObject toJson() const;
    // Empty when the query may be sent, else why not.
    QString problem() const;
    // A term of free text typed by a person, escaped for a Lucene query (quoted phrase).
    static QString phrase(const QString &text);
};

// The Entity API (entity.json): the five calls this application makes, for any schema slug.
// Same shape as the other services: bad input is refused before sending, the callback gets one
// value or one ApiError and never runs after `context` is gone.
class EntityService : public QObject
{
    Q_OBJECT
public:
    explicit EntityService(ApiClient *client, QObject *parent = nullptr);

    // {hits, results: [EntityItem]}.
    ApiCall *searchEntities(const EntitySearch &search, QObject *context, ObjectCallback done);
    // The created EntityItem.
    ApiCall *createEntity(const QString &slug, const QJsonObject &entity, QObject *context,
                          ObjectCallback done);
    // {entity, relations}.
    ApiCall *getEntity(const QString &slug, const QString &id, QObject *context,
                       ObjectCallback done);
    // Sends only `changes`; the updated EntityItem.
    ApiCall *patchEntity(const QString &slug, const QString &id, const QJsonObject &changes,
                         QObject *context, ObjectCallback done);
    ApiCall *deleteEntity(const QString &slug, const QString &id, QObject *context,
                          DoneCallback done);

    static bool isSlug(const QString &slug);

private:
    ApiClient *m_client;
};
