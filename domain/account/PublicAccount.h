#pragma once

#include "domain/common/JsonRecord.h"

#include <QList>
#include <QPair>
#include <QStringList>

// The records of the User API's public account operations (Account tools), each read from or
// written to its JSON here and nowhere else.

// The answer of checkInviteToken: the organization invited to and whatever else it tells.
class InviteTokenCheck : public JsonRecord
{
public:
    explicit InviteTokenCheck(const QJsonObject &json) : JsonRecord(json) {}
    QString organizationName() const { return string(QStringLiteral("invitation_org_name")); }
    QString organizationId() const { return idString(QStringLiteral("invitation_org_id")); }
    // The other fields as (key, text), in the server's order.
    QList<QPair<QString, QString>> otherFields() const;
};

// The body of signUpUser.
struct SignUpRequest
{
    QString organizationType; // "Vendor" or "Partner"
    QString organizationName;
    QString pricingTier; // empty: "professional"
    QString organizationEmail;
    QString organizationPhone;   // optional
    QString organizationWebsite; // optional
    QString fullName;
    QString email;
    QString password;
    QString language; // of the e-mail: "en" or "de"

    QJsonObject toJson() const;
};

// The answer of signUpUser: the organization created.
class SignUpResult : public JsonRecord
{
public:
    explicit SignUpResult(const QJsonObject &json) : JsonRecord(json) {}
    QString organizationName() const;
    QString organizationId() const;
};

// The answer of requestPasswordReset: a message for people, if the server sends one.
inline QString passwordResetMessage(const QJsonObject &answer, const QString &fallback)
{
    return answer.value(QStringLiteral("message")).toString(fallback);
}

// The login parameters of a username: one object per organization, fields varying.
class LoginParameters
{
public:
    explicit LoginParameters(const QJsonArray &list);
    int count() const { return int(m_rows.size()); }
    const QStringList &columns() const { return m_columns; }
    QString cell(int row, const QString &column) const;

private:
    QList<QJsonObject> m_rows;
    QStringList m_columns;
};
