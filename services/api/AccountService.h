#pragma once

#include "services/network/ServiceCall.h"

#include <QObject>

// The signed-in user's own corner of the User API (user.json): user settings, passkeys,
// organization switch, navigations, and the public account operations (invite tokens,
// activation, password reset, sign-up, login parameters) that need no token.
// Passwords pass straight into the request body and are kept nowhere else.
class AccountService : public QObject
{
    Q_OBJECT
public:
    explicit AccountService(ApiClient *client, QObject *parent = nullptr);

    // The API's limits on user settings.
    static constexpr int maxScopeLength = 64;
    static constexpr int maxKeyLength = 128;
    static constexpr int maxValueBytes = 64 * 1024;
    // Empty when scope, key and value (JSON text) are acceptable, else a message for people.
    static QString checkUserSetting(const QString &scope, const QString &key,
                                    const QByteArray &jsonValue);

    // --- User settings ------------------------------------------------------------------------
    // {results: [{scope, keys: [...]}, ...]}
    ApiCall *listUserSettings(QObject *context, ObjectCallback done);
    // {scope, settings: {key: value}}
    ApiCall *getUserSettingsScope(const QString &scope, QObject *context, ObjectCallback done);
    // {scope, key, value, created_at, updated_at}
    ApiCall *getUserSetting(const QString &scope, const QString &key, QObject *context,
                            ObjectCallback done);
    // Refused before sending (nothing goes out) when checkUserSetting() objects.
    ApiCall *putUserSetting(const QString &scope, const QString &key, const QByteArray &jsonValue,
                            QObject *context, ObjectCallback done);
    ApiCall *deleteUserSetting(const QString &scope, const QString &key, QObject *context,
                               DoneCallback done);

    // --- Passkeys, organization, navigations -------------------------------------------------
    ApiCall *listPasskeys(QObject *context, ArrayCallback done);
    ApiCall *deletePasskey(const QString &credentialId, QObject *context, DoneCallback done);
    // Answers {login_token}: a token for the other organization.
    ApiCall *switchOrganization(const QString &organizationId, QObject *context,
                                ObjectCallback done);
    ApiCall *getNavigation(const QString &id, QObject *context, ObjectCallback done);
    // The server derives the id from name + configuration and returns the whole navigation.
    ApiCall *createNavigation(const QString &name, const QJsonObject &configuration,
                              QObject *context, ObjectCallback done);

    // --- Public account operations (sent without the token) ----------------------------------
    ApiCall *checkInviteToken(const QString &token, QObject *context, ObjectCallback done);
    ApiCall *activateUser(const QString &token, const QString &displayName, const QString &password,
                          QObject *context, DoneCallback done);
    ApiCall *rejectInvite(const QString &token, QObject *context, DoneCallback done);
    ApiCall *verifyEmailWithToken(const QString &token, const QString &password, QObject *context,
                                  DoneCallback done);
    ApiCall *requestPasswordReset(const QString &email, QObject *context, ObjectCallback done);
    ApiCall *resetPassword(const QString &email, const QString &token, const QString &password,
                           QObject *context, ObjectCallback done);
    // `payload` is a SignupUserPayload; `partnerToken` is optional.
    ApiCall *signUpUser(const QJsonObject &payload, const QString &partnerToken, QObject *context,
                        ObjectCallback done);
    // The login parameters of each organization the username belongs to.
    ApiCall *getUserLoginParametersV2(const QString &username, QObject *context,
                                      ArrayCallback done);
    ApiCall *getUserLoginParameters(const QString &username, QObject *context, ArrayCallback done);

    ApiClient *client() const { return m_client; }

private:
    ApiClient *m_client;
};
