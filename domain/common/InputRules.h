#pragma once

#include <QCoreApplication>
#include <QString>

// The checks forms run on what people typed before anything is sent, with the limits of the
// API specs (formats, patterns, enums, lengths). Each returns a short problem to show next to
// the field, or an empty string when the value is fine.
class InputRules
{
    Q_DECLARE_TR_FUNCTIONS(InputRules)
public:
    // Not empty after trimming.
    static QString required(const QString &text);
    // format: email (deliberately simple: one @, a dotted domain, no spaces).
    static QString email(const QString &text);
    // As email(), but an empty value is fine (the field is optional).
    static QString optionalEmail(const QString &text);
    // enum [en, de] of the invitation, sign-up and user payloads.
    static QString language(const QString &code);
    // UserV2.custom_start_page, pattern ^/app/* ; empty is fine (the default page).
    static QString startPage(const QString &path);
    // CreatePartnerRolePayload.slug, pattern ^[a-z][a-z0-9_]*$.
    static QString slug(const QString &slug);
    // maxLength limits (e.g. Group.abbreviation 2, UserSettingKey 128).
    static QString maxLength(const QString &text, int limit);
    // GroupImageUri.gradient_colors items, pattern ^#[0-9a-fA-F]{6}$.
    static QString colour(const QString &hex);
    // A phone number, checked leniently as the portal does: digits, spaces and + - / ( ) only,
    // at least three digits. Empty is fine (the field is optional).
    static QString phone(const QString &text);
    // An http(s) address; empty is fine.
    static QString webAddress(const QString &text);
    // Any JSON value (object, array, text, number, true/false, null); `required` refuses empty.
    static QString json(const QString &text, bool required = true);
};
