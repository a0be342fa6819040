#pragma once

#include "domain/common/JsonRecord.h"
#include "domain/partners/Partner.h"

#include <QMetaType>
#include <optional>

// A partner record as the Entity API holds it (an EntityItem of schema `partner`): the entity's
// own `_id`, `_title`, `_created_at`, `_updated_at` beside the Partner Directory's attributes
// (company_name, email, status, …). Read in one place; unknown fields are kept.
class PartnerRecord : public JsonRecord
{
public:
    // Where the partnership stands, as the page shows it: the spec's status plus whether an
    // invitation was accepted (status Invited with a partner organization).
    enum class Stage { NotInvited, Requested, Invited, Active, Rejected, Removed, Unknown };

    PartnerRecord() = default;
    static std::optional<PartnerRecord> fromJson(const QJsonObject &json, QString *error = nullptr);
    // A new record to create (no id yet).
    static PartnerRecord draft(const QString &companyName, const QString &email);

    QString id() const { return idString(QStringLiteral("_id")); }
    QString companyName() const;
    QString email() const { return string(QStringLiteral("email")); }
    QString ownerEmail() const { return string(QStringLiteral("owner_email")); }
    QString description() const { return string(QStringLiteral("description")); }
    QString signedUpEmail() const { return string(QStringLiteral("signed_up_email")); }
    QString partnerOrganizationId() const { return idString(QStringLiteral("partner_org_id")); }
    QString statusText() const { return string(QStringLiteral("status")); }
    Partner::Status status() const { return Partner::statusFromText(statusText()); }
    Stage stage() const;
    QDateTime createdAt() const { return dateTime(QStringLiteral("_created_at")); }
    QDateTime updatedAt() const { return dateTime(QStringLiteral("_updated_at")); }

    // The answer of getEntity/createEntity/patchEntity holds the record under `entity`.
    static std::optional<PartnerRecord> fromEntityAnswer(const QJsonObject &answer);
    // How many records a searchEntities answer found in all (`hits`).
    static int searchHits(const QJsonObject &answer);

    // The details a person edits, by name, and as the flat record ConflictCheckedSave compares.
    enum class Detail { CompanyName, Email, OwnerEmail, Description };
    static QString keyOf(Detail detail);
    struct Details
    {
        QString companyName, email, ownerEmail, description;
        QJsonObject toValues() const;
        static Details fromValues(const QJsonObject &values);
    };

    // The editable details as a flat record for ConflictCheckedSave, and back.
    static QStringList editableKeys();
    QJsonObject editableValues() const;
    // Create body: the editable details (empty ones left out) and the schema.
    QJsonObject createBody() const;

private:
    explicit PartnerRecord(const QJsonObject &json) : JsonRecord(json) {}
};
Q_DECLARE_METATYPE(PartnerRecord)
