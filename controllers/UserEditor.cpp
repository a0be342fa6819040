#include "controllers/UserEditor.h"

#include "services/api/UserService.h"

#include <QRegularExpression>

UserEditor::UserEditor(UserService *service, QObject *parent) : QObject(parent), m_service(service)
{
}

QString UserEditor::key(Field field)
{
    switch (field) {
    case DisplayName:
        return QStringLiteral("display_name");
    case Email:
        return QStringLiteral("email");
    case Department:
        return QStringLiteral("department");
    case Phone:
        return QStringLiteral("phone");
    case SecondaryPhone:
        return QStringLiteral("secondary_phone");
    case PreferredLanguage:
        return QStringLiteral("preferred_language");
    case Signature:
        return QStringLiteral("signature");
    case SignatureEnabled:
        return QStringLiteral("is_signature_enabled");
    case CustomStartPage:
        return QStringLiteral("custom_start_page");
    case FieldCount:
        break;
    }
    return {};
}

QString UserEditor::label(Field field)
{
    switch (field) {
    case DisplayName:
        return tr("Display name");
    case Email:
        return tr("E-mail");
    case Department:
        return tr("Department");
    case Phone:
        return tr("Phone");
    case SecondaryPhone:
        return tr("Secondary phone");
    case PreferredLanguage:
        return tr("Preferred language");
    case Signature:
        return tr("Signature");
    case SignatureEnabled:
        return tr("Signature enabled");
    case CustomStartPage:
        return tr("Start page");
    case FieldCount:
        break;
    }
    return {};
}

bool UserEditor::isNullable(Field field)
{
    return field == Department || field == Phone || field == SecondaryPhone || field == Signature ||
           field == CustomStartPage;
}

QVariant UserEditor::valueIn(const User &user, Field field)
{
    if (field == SignatureEnabled)
        return user.isSignatureEnabled();
    // null and missing read as empty text, as the form shows them.
    return user.string(key(field));
}

void UserEditor::load(const User &user)
{
    ++m_loadGeneration; // a save still on its way belongs to what was loaded before
    m_saving = false;
    m_original = user;
    m_latest = User();
    for (int field = 0; field < FieldCount; ++field)
        m_values[field] = valueIn(user, Field(field));
    emit loaded(user);
}

void UserEditor::clear()
{
    ++m_loadGeneration;
    m_saving = false;
    m_original = User();
    m_latest = User();
    for (QVariant &value : m_values)
        value = QVariant();
    emit loaded(m_original);
}

QVariant UserEditor::originalValue(Field field) const
{
    return valueIn(m_original, field);
}

QVariant UserEditor::value(Field field) const
{
    return m_values[field];
}

void UserEditor::setValue(Field field, const QVariant &value)
{
    const QVariant normalized =
        field == SignatureEnabled ? QVariant(value.toBool()) : QVariant(value.toString());
    if (m_values[field] == normalized)
        return;
    m_values[field] = normalized;
    emit edited();
}

bool UserEditor::isChanged(Field field) const
{
    return isLoaded() && m_values[field] != originalValue(field);
}

bool UserEditor::hasChanges() const
{
    return !changedFields().isEmpty();
}

QList<UserEditor::Field> UserEditor::changedFields() const
{
    QList<Field> fields;
    for (int field = 0; field < FieldCount; ++field) {
        if (isChanged(Field(field)))
            fields << Field(field);
    }
    return fields;
}

QJsonObject UserEditor::changes() const
{
    QJsonObject body;
    for (Field field : changedFields()) {
        const QVariant value = m_values[field];
        if (field == SignatureEnabled)
            body.insert(key(field), value.toBool());
        else if (value.toString().trimmed().isEmpty() && isNullable(field))
            body.insert(key(field), QJsonValue::Null); // how UserV2 clears a nullable field
        else
            body.insert(key(field), value.toString().trimmed());
    }
    return body;
}

QString UserEditor::validate() const
{
    static const QRegularExpression email(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    if (isChanged(Email) && !email.match(m_values[Email].toString().trimmed()).hasMatch())
        return tr("\"%1\" is not an e-mail address.").arg(m_values[Email].toString());
    const QString startPage = m_values[CustomStartPage].toString();
    if (isChanged(CustomStartPage) && !startPage.isEmpty() &&
        !startPage.startsWith(QLatin1String("/app/")))
        return tr("The start page must be a path that begins with /app/.");
    const QString language = m_values[PreferredLanguage].toString();
    if (isChanged(PreferredLanguage) && !language.isEmpty() && language.size() != 2)
        return tr("The preferred language is a two-letter code such as de or en.");
    return {};
}

QList<UserEditor::Field> UserEditor::conflictsWith(const User &latest) const
{
    const QStringList keys = compare(latest).conflicting();
    QList<Field> conflicts;
    for (int field = 0; field < FieldCount; ++field) {
        if (keys.contains(key(Field(field))))
            conflicts << Field(field);
    }
    return conflicts;
}

QJsonValue UserEditor::toJson(Field field, const QVariant &value)
{
    return field == SignatureEnabled ? QJsonValue(value.toBool()) : QJsonValue(value.toString());
}

FieldConflict UserEditor::compare(const User &latest) const
{
    FieldConflict conflict;
    for (int index = 0; index < FieldCount; ++index) {
        const auto field = Field(index);
        conflict.add(key(field), label(field), toJson(field, originalValue(field)),
                     toJson(field, m_values[field]), toJson(field, valueIn(latest, field)));
    }
    return conflict;
}

void UserEditor::rebase(const User &latest, const QJsonObject &values)
{
    m_original = latest;
    for (int field = 0; field < FieldCount; ++field) {
        const QJsonValue value = values.value(key(Field(field)));
        m_values[field] =
            field == SignatureEnabled ? QVariant(value.toBool()) : QVariant(value.toString());
    }
    emit rebased(latest);
}

void UserEditor::resolve(const FieldConflict &conflict, FieldConflict::Resolution resolution)
{
    // The form may have moved on to another user while the question was open.
    if (resolution == FieldConflict::Resolution::Cancel || m_saving || m_latest.isEmpty() ||
        m_latest.id() != m_original.id())
        return;
    rebase(m_latest, conflict.merged().values);
    m_latest = User();
    if (FieldConflict::sends(resolution))
        save();
}

void UserEditor::revert()
{
    if (isLoaded())
        load(m_original);
}

void UserEditor::save()
{
    if (m_saving || !isLoaded())
        return;
    const QString problem = validate();
    if (!problem.isEmpty())
        return fail(problem);
    if (!hasChanges())
        return emit saved(m_original);
    m_saving = true;
    const quint64 generation = m_loadGeneration;
    m_service->getUserV2(
        m_original.id(), this, [this, generation](const ApiResult<QJsonObject> &result) {
            if (generation != m_loadGeneration)
                return; // the form shows someone else (or the same user reloaded) by now
            if (!result.ok())
                return fail(result.error().message);
            QString error;
            const auto latest = User::fromJson(result.value(), &error);
            if (!latest)
                return fail(error);
            compareAndSend(*latest);
        });
}

void UserEditor::compareAndSend(const User &latest)
{
    const FieldConflict conflict = compare(latest);
    if (conflict.hasConflicts()) {
        m_saving = false;
        m_latest = latest;
        emit conflicted(conflict);
        return emit saveFailed(tr("Someone else changed %1 while you were editing. Your edits "
                                  "are kept; choose which version to keep.")
                                   .arg(conflict.conflictingLabels()));
    }
    // What only others changed is taken over, so the PATCH below never sends it back.
    if (conflict.theyChangedAnything())
        rebase(latest, conflict.merged().values);
    if (!hasChanges()) {
        m_saving = false;
        return emit saved(m_original);
    }
    sendChanges(latest);
}

void UserEditor::sendChanges(const User &latest)
{
    const QJsonObject body = changes();
    const quint64 generation = m_loadGeneration;
    m_service->updateUserV2(latest.id(), body, this,
                            [this, body, generation](const ApiResult<QJsonObject> &result) {
                                if (generation != m_loadGeneration)
                                    return; // the form moved on; its answer is not this one
                                m_saving = false;
                                if (!result.ok())
                                    return fail(result.error().message);
                                QString error;
                                const auto user = User::fromJson(result.value(), &error);
                                if (!user)
                                    return fail(error);
                                load(*user);
                                emit saved(*user);
                            });
}

void UserEditor::fail(const QString &message)
{
    m_saving = false;
    emit saveFailed(message);
}
