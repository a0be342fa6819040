#pragma once

#include "domain/common/FieldConflict.h"
#include "domain/users/User.h"

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QVariant>
#include <optional>

class ConflictCheckedSave;
class UserService;

// The detail form's state for one user: what was loaded, what is typed now, what changed.
// save() rides on ConflictCheckedSave (the fields as flat JSON keys, read = getUserV2,
// send = PATCH updateUserV2): fields only someone else changed are taken over (rebased());
// fields both changed stop the save with conflicted() until resolve() is called with the
// administrator's choice. It PATCHes only the changed fields. A failed save keeps the edits.
class UserEditor : public QObject
{
    Q_OBJECT
public:
    enum Field {
        DisplayName,
        Email,
        Department,
        Phone,
        SecondaryPhone,
        PreferredLanguage,
        Signature,
        SignatureEnabled,
        CustomStartPage,
        FieldCount
    };
    Q_ENUM(Field)

    explicit UserEditor(UserService *service, QObject *parent = nullptr);

    void load(const User &user);
    void clear();
    const User &original() const { return m_original; }
    bool isLoaded() const { return !m_original.isEmpty(); }

    QVariant value(Field field) const;
    void setValue(Field field, const QVariant &value);
    bool isChanged(Field field) const;
    bool hasChanges() const;
    QList<Field> changedFields() const;
    // The PATCH body: changed fields only, with the API's names and types.
    QJsonObject changes() const;
    // Empty when the edits can be sent, else what is wrong, for people.
    QString validate() const;
    // Fields this form changed that `latest` (read from the server now) has changed too.
    QList<Field> conflictsWith(const User &latest) const;
    // Three-way comparison: loaded copy, form, `latest`; keys are key(field).
    FieldConflict compare(const User &latest) const;
    // Applies the administrator's answer to the last conflicted(): Cancel changes nothing;
    // otherwise the server's copy becomes the loaded one and the form holds the merged values;
    // Overwrite and Merge then save again (re-reading and comparing once more).
    void resolve(const FieldConflict &conflict, FieldConflict::Resolution resolution);
    void revert();

    void save();
    bool isSaving() const { return m_saving; }

    static QString key(Field field);
    static QString label(Field field);

signals:
    void loaded(const User &user);
    void edited();
    void saved(const User &user);
    void saveFailed(const QString &message);
    // A save stopped: someone else changed fields this form changed too. saveFailed follows.
    void conflicted(const FieldConflict &conflict);
    // The loaded copy was replaced by the server's `latest` and the form's values merged.
    void rebased(const User &latest);

private:
    QVariant originalValue(Field field) const;
    static bool isNullable(Field field);
    static QVariant valueIn(const User &user, Field field);
    static QJsonValue toJson(Field field, const QVariant &value);
    static QVariant fromJson(Field field, const QJsonValue &value);
    // The editable fields as flat JSON (key(field) -> form value), of a user or of the form.
    static QJsonObject valuesOf(const User &user);
    QJsonObject formValues() const;
    // Flat form values -> the PATCH body: trimmed text, null for a cleared nullable field.
    static QJsonObject body(const QJsonObject &values);
    ConflictCheckedSave *createSave();
    void read(QObject *context, const std::function<void(const QJsonObject &)> &done,
              const std::function<void(const QString &)> &failed);
    void send(const QJsonObject &changes, QObject *context,
              const std::function<void(const QJsonObject &)> &done,
              const std::function<void(const QString &)> &failed);
    void onRebased(const QJsonObject &values);
    void onConflicted(const FieldConflict &conflict);
    void onSaved();
    void dropRunningSave();
    void fail(const QString &message);

    UserService *m_service;
    ConflictCheckedSave *m_save;
    User m_original;
    User m_latest;                // the server's copy the running save read
    std::optional<User> m_stored; // what the PATCH of the running save answered
    QVariant m_values[FieldCount];
    bool m_saving = false; // a read or PATCH is on its way (not while a conflict waits)
};
