#pragma once

#include "models/User.h"

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QVariant>

class ApiCall;
class UserService;

// The detail form's state for one user: what was loaded, what is typed now, what changed.
// save() re-reads the user first and refuses to overwrite a field someone else changed in the
// meantime; it then PATCHes only the changed fields. A failed save keeps the edits.
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

private:
    QVariant originalValue(Field field) const;
    static bool isNullable(Field field);
    static QVariant valueIn(const User &user, Field field);
    void sendChanges(const User &latest);
    void fail(const QString &message);

    UserService *m_service;
    User m_original;
    QVariant m_values[FieldCount];
    bool m_saving = false;
};
