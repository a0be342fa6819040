#include "controllers/UserEditor.h"

#include "controllers/ConflictCheckedSave.h"
#include "services/api/UserService.h"

#include <QRegularExpression>

UserEditor::UserEditor(UserService *service, QObject *parent)
    : QObject(parent), m_service(service), m_save(createSave())
{
}

ConflictCheckedSave *UserEditor::createSave()
{
    QList<ConflictCheckedSave::Field> fields;
    for (int field = 0; field < FieldCount; ++field)
        fields << ConflictCheckedSave::Field{key(Field(field)), label(Field(field))};
    auto *save = new ConflictCheckedSave(
        fields, [this](QObject *context, auto done, auto failed) { read(context, done, failed); },
        [this](const QJsonObject &changes, const QJsonObject &, QObject *context, auto done,
               auto failed) { send(changes, context, done, failed); },
        this);
    connect(save, &ConflictCheckedSave::rebased, this,
            [this](const QJsonObject &values) { onRebased(values); });
    connect(save, &ConflictCheckedSave::conflicted, this, &UserEditor::onConflicted);
    connect(save, &ConflictCheckedSave::saved, this, &UserEditor::onSaved);
    connect(save, &ConflictCheckedSave::failed, this, [this](const QString &message) {
        // Cancel and Keep theirs end the save the conflict already reported as failed.
        if (m_saving)
            fail(message);
    });
    return save;
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

QJsonValue UserEditor::toJson(Field field, const QVariant &value)
{
    return field == SignatureEnabled ? QJsonValue(value.toBool()) : QJsonValue(value.toString());
}

QVariant UserEditor::fromJson(Field field, const QJsonValue &value)
{
    return field == SignatureEnabled ? QVariant(value.toBool()) : QVariant(value.toString());
}

QJsonObject UserEditor::valuesOf(const User &user)
{
    QJsonObject values;
    for (int field = 0; field < FieldCount; ++field)
        values.insert(key(Field(field)), toJson(Field(field), valueIn(user, Field(field))));
    return values;
}

QJsonObject UserEditor::formValues() const
{
    QJsonObject values;
    for (int field = 0; field < FieldCount; ++field)
        values.insert(key(Field(field)), toJson(Field(field), m_values[field]));
    return values;
}

QJsonObject UserEditor::body(const QJsonObject &values)
{
    QJsonObject body;
    for (int index = 0; index < FieldCount; ++index) {
        const auto field = Field(index);
        if (!values.contains(key(field)))
            continue;
        const QJsonValue value = values.value(key(field));
        if (field == SignatureEnabled)
            body.insert(key(field), value.toBool());
        else if (value.toString().trimmed().isEmpty() && isNullable(field))
            body.insert(key(field), QJsonValue::Null); // how UserV2 clears a nullable field
        else
            body.insert(key(field), value.toString().trimmed());
    }
    return body;
}

void UserEditor::load(const User &user)
{
    dropRunningSave();
    m_original = user;
    m_latest = User();
    m_stored.reset();
    for (int field = 0; field < FieldCount; ++field)
        m_values[field] = valueIn(user, Field(field));
    // A save still on its way belongs to what was loaded before: its answers are dropped.
    m_save->setBase(valuesOf(user));
    emit loaded(user);
}

void UserEditor::clear()
{
    dropRunningSave();
    m_original = User();
    m_latest = User();
    m_stored.reset();
    for (QVariant &value : m_values)
        value = QVariant();
    m_save->setBase({});
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
    return isLoaded() ? body(m_save->changes(formValues())) : QJsonObject();
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

FieldConflict UserEditor::compare(const User &latest) const
{
    return m_save->compare(formValues(), valuesOf(latest));
}

void UserEditor::resolve(const FieldConflict &conflict, FieldConflict::Resolution resolution)
{
    // Only an answer to the conflict still open counts: a reload or another save dropped it.
    if (m_saving || m_latest.isEmpty() || m_latest.id() != m_original.id())
        return;
    m_saving = FieldConflict::sends(resolution);
    m_save->resolve(resolution, conflict);
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
    m_latest = User();
    // Starts over from the loaded copy; a conflict still waiting for an answer is dropped.
    m_save->setBase(valuesOf(m_original));
    m_save->save(formValues());
}

void UserEditor::read(QObject *context, const std::function<void(const QJsonObject &)> &done,
                      const std::function<void(const QString &)> &failed)
{
    m_stored.reset();
    m_service->getUserV2(m_original.id(), context,
                         [this, done, failed](const ApiResult<QJsonObject> &result) {
                             if (!result.ok())
                                 return failed(result.error().message);
                             QString error;
                             const auto latest = User::fromJson(result.value(), &error);
                             if (!latest)
                                 return failed(error);
                             m_latest = *latest;
                             done(valuesOf(*latest));
                         });
}

void UserEditor::send(const QJsonObject &changes, QObject *context,
                      const std::function<void(const QJsonObject &)> &done,
                      const std::function<void(const QString &)> &failed)
{
    m_service->updateUserV2(m_latest.id(), body(changes), context,
                            [this, done, failed](const ApiResult<QJsonObject> &result) {
                                if (!result.ok())
                                    return failed(result.error().message);
                                QString error;
                                const auto user = User::fromJson(result.value(), &error);
                                if (!user)
                                    return failed(error);
                                m_stored = *user;
                                done(valuesOf(*user));
                            });
}

void UserEditor::onRebased(const QJsonObject &values)
{
    // What only others changed is taken over, so the PATCH never sends it back.
    m_original = m_latest;
    for (int field = 0; field < FieldCount; ++field)
        m_values[field] = fromJson(Field(field), values.value(key(Field(field))));
    emit rebased(m_original);
}

void UserEditor::onConflicted(const FieldConflict &conflict)
{
    m_saving = false; // the save waits for resolve(); the form may be edited and saved again
    emit conflicted(conflict);
    emit saveFailed(tr("Someone else changed %1 while you were editing. Your edits "
                       "are kept; choose which version to keep.")
                        .arg(conflict.conflictingLabels()));
}

void UserEditor::onSaved()
{
    // The PATCH's answer, or the server's copy when nothing was left to send.
    const User user = m_stored ? *m_stored : m_latest;
    m_saving = false;
    load(user);
    emit saved(user);
}

void UserEditor::dropRunningSave()
{
    // Every save ends in saved() or saveFailed(), even one whose answer will now be ignored.
    if (m_saving)
        fail(tr("The form was loaded again before the server answered; check the values shown."));
}

void UserEditor::fail(const QString &message)
{
    m_saving = false;
    emit saveFailed(message);
}
