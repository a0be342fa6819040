#pragma once

#include "controllers/ConflictCheckedSave.h"
#include "domain/partners/Role.h"
#include "services/api/PartnerDirectoryService.h"
#include "services/api/PermissionsService.h"

#include <QPointer>

// Saves one role of a partner organization (Partner Directory API) or of the organization itself
// (Permissions API: getRole, putRole, createRole); no widget of its own (the editor injects the
// conflict question and the review). A new role is reviewed and created. A saved one rides on
// ConflictCheckedSave with four fields, name, grants (the server's flat list), parent role and
// expiry (the last two always empty for partner roles): it is read again, what only someone else
// changed is taken over (rebased()), a field both changed is asked about, the result is reviewed
// against the server's current role and then updated. Exactly one finished() per save(), never
// from within save().
class RoleSave : public QObject
{
    Q_OBJECT
public:
    using Answer = std::function<void(bool save)>;
    // Shows what changes on the server (`current` -> `mine`) and answers whether to save.
    using Review = std::function<void(const Role &current, const Role &mine, Answer answer)>;

    explicit RoleSave(PartnerDirectoryService *service, QObject *parent = nullptr);
    // Organization roles: the roles are Role copies of PermissionRole (OrgRoleAdapter).
    explicit RoleSave(PermissionsService *permissions, QObject *parent = nullptr);

    void setAsk(ConflictCheckedSave::Ask ask) { m_check->setAsk(std::move(ask)); }
    void setReview(Review review) { m_review = std::move(review); }
    // `loaded`: what the editor loaded (no id: a new role); `mine`: the role as edited.
    void save(const QString &organizationId, const Role &loaded, const Role &mine);
    bool isSaving() const { return m_saving; }
    PartnerDirectoryService *service() const { return m_service; }
    PermissionsService *permissions() const { return m_permissions; }

    // The editable fields of a role as ConflictCheckedSave compares them.
    static QJsonObject values(const Role &role);

signals:
    // Someone else's changes were taken over: the server's role is the loaded one now; the
    // editor shows it with `merged`'s name, parent role and expiry and, when `keepMyGrants`, its
    // own grants.
    void rebased(const Role &current, const Role &merged, bool keepMyGrants);
    void saved(const Role &stored);
    void failed(const QString &message);
    void finished(bool saved);

private:
    void setUp();
    bool hasService() const { return m_service || m_permissions; }
    void readPermissionRole(QObject *context, ConflictCheckedSave::Values done,
                            ConflictCheckedSave::Failure failed);
    void read(QObject *context, ConflictCheckedSave::Values done,
              ConflictCheckedSave::Failure failed);
    void send(const QJsonObject &changes, QObject *context, ConflictCheckedSave::Values done,
              ConflictCheckedSave::Failure failed);
    void review(const Role &current, const Role &mine, Answer answer);
    void create();
    void store(const Role &role, QObject *context, ConflictCheckedSave::Values done,
               ConflictCheckedSave::Failure failed);
    void finish(bool saved, const QString &message = {});

    QPointer<PartnerDirectoryService> m_service;
    QPointer<PermissionsService> m_permissions;
    ConflictCheckedSave *m_check;
    Review m_review;
    QString m_organizationId;
    Role m_loaded;
    Role m_mine;
    Role m_current; // the server's copy read for this save
    Role m_stored;  // the server's answer
    bool m_saving = false;
};
