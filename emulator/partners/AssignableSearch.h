#pragma once

#include "emulator/core/EmulatorRequest.h"
#include "emulator/core/EmulatorResponse.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <functional>

class EmulatorRouter;
class EmulatorStore;

// searchAssignable and batchGetAssignable: who can be assigned to a task — users of the caller's
// organization (collection "users"), users of connected partner organizations, the partner
// organizations themselves, end-customer-portal placeholders and groups (collection "groups").
class AssignableSearch
{
public:
    explicit AssignableSearch(const EmulatorStore &store);

    void registerRoutes(EmulatorRouter &router);

    static const QStringList &allTypes(); // the spec's enum, in answer order

private:
    struct Query
    {
        QStringList terms;  // lower-case words that must all occur
        QStringList orgIds; // empty: every accessible organization
        QStringList types;
        QString portalEntityId;
    };

    // One page of results; a match is only turned into an answer object when it is on the page,
    // so counting hits over a large directory stays cheap.
    struct Page
    {
        qint64 from = 0;
        qint64 size = 25;
        qint64 hits = 0;
        QJsonArray results;

        template <typename Build> void offer(Build build)
        {
            if (hits >= from && hits < from + size)
                results.append(build());
            ++hits;
        }
    };

    EmulatorResponse search(const EmulatorRequest &request) const;
    EmulatorResponse batchGet(const EmulatorRequest &request) const;

    void users(const QString &organizationId, const Query &query, Page &page) const;
    void partnerUsers(const QString &organizationId, const Query &query, Page &page) const;
    void partnerOrganizations(const QString &organizationId, const Query &query, Page &page) const;
    void ecpPlaceholders(const QString &organizationId, const Query &query, Page &page) const;
    void groups(const QString &organizationId, const Query &query, Page &page) const;

    // organization id → partner id, for partners connected to the caller's organization
    QHash<QString, QString> connectedPartnerIds(const QString &organizationId) const;
    QJsonObject findUser(const QString &callerOrganizationId, const QString &userId,
                         const QString &organizationId) const;
    QJsonObject findGroup(const QString &callerOrganizationId, const QString &groupId) const;

    // In one of the wanted organizations and every word of q in one of the texts (computed only
    // when q has words).
    static bool matches(const Query &query, const QString &organizationId,
                        const std::function<QStringList()> &textsOf);
    static bool belongsTo(const QJsonObject &user, const QString &organizationId);
    static QJsonObject userAssignable(const QJsonObject &user, const QString &organizationId);
    static QJsonObject partnerUserAssignable(const QJsonObject &user, const QString &partnerId);
    static QJsonObject groupAssignable(const QJsonObject &group);
    static QJsonObject partnerOrganizationAssignable(const QJsonObject &partner);
    static void copyCommonFields(const QJsonObject &from, QJsonObject *to);

    const EmulatorStore &m_store;
};
