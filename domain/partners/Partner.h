#pragma once

#include "domain/common/JsonRecord.h"

#include <QMetaType>
#include <optional>

// A partner record of the partner directory (schema Partner) and its lifecycle status.
class Partner : public JsonRecord
{
public:
    enum class Status { Pending, Request, Invited, Rejected, Deleted, Unknown };

    Partner() = default;
    static std::optional<Partner> fromJson(const QJsonObject &json, QString *error = nullptr);

    QString id() const { return idString(QStringLiteral("id")); }
    QString organizationId() const { return idString(QStringLiteral("organization_id")); }
    QString companyName() const { return string(QStringLiteral("company_name")); }
    QString description() const { return string(QStringLiteral("description")); }
    // `email`, else the deprecated `invitation_email`.
    QString email() const;
    QString ownerEmail() const { return string(QStringLiteral("owner_email")); }
    QString signedUpEmail() const { return string(QStringLiteral("signed_up_email")); }
    QString partnerOrganizationId() const { return idString(QStringLiteral("partner_org_id")); }
    QString invitationToken() const { return string(QStringLiteral("invitation_token")); }
    QDateTime createdAt() const { return dateTime(QStringLiteral("created_at")); }
    Status status() const { return statusFromText(statusText()); }
    QString statusText() const { return string(QStringLiteral("status")); }
    QString label() const;

    static Status statusFromText(const QString &text);
    static QString statusLabel(Status status);

private:
    explicit Partner(const QJsonObject &json) : JsonRecord(json) {}
};
Q_DECLARE_METATYPE(Partner)
