#include "ui/shell/SessionController.h"

#include "domain/organization/Organization.h"
#include "services/session/Session.h"
#include "services/session/TokenStore.h"

#include <QLocale>
#include <QTimer>

using namespace std::chrono_literals;

SessionController::SessionController(Session *session, TokenStore *tokens, QObject *parent)
    : QObject(parent), m_session(session), m_tokens(tokens), m_expiryTimer(new QTimer(this))
{
    m_expiryTimer->setSingleShot(true);
    connect(m_expiryTimer, &QTimer::timeout, this, &SessionController::onExpiryTimer);
    connect(m_session, &Session::meChanged, this, [this] {
        m_lastError.clear();
        setState(State::SignedIn);
        loadOrganizationName();
    });
    connect(m_session, &Session::failed, this, &SessionController::onFailed);
    connect(m_session->client(), &ApiClient::sessionExpired, this, [this] {
        if (m_state == State::SignedOut)
            return;
        m_lastError = tr("The server no longer accepts the token.");
        setState(State::Expired);
    });
}

void SessionController::start(const Profile &profile, const QString &token, bool readOnly)
{
    if (profile.name != m_profile.name)
        m_organizationName.clear();
    m_profile = profile;
    m_claims = TokenClaims::decode(token);
    m_lastError.clear();
    m_warned = false;
    m_session->setReadOnly(readOnly || (m_claims.isValid() && m_claims.isReadOnly()));
    setState(State::SigningIn);
    m_session->begin(profile.endpoints, token);
    scheduleExpiry();
}

void SessionController::signOut(std::function<void(const QString &)> done)
{
    const QString name = m_profile.name;
    m_expiryTimer->stop();
    m_session->end();
    m_claims = TokenClaims();
    setState(State::SignedOut);
    if (name.isEmpty()) {
        if (done)
            done({});
        return;
    }
    m_tokens->remove(name, this, [done](const TokenStore::Result &result) {
        if (done)
            done(result.ok() ? QString() : result.message);
    });
}

QString SessionController::userName() const
{
    const QJsonObject me = m_session->me();
    for (const char *key : {"display_name", "name", "email"}) {
        const QString value = me.value(QLatin1String(key)).toString();
        if (!value.isEmpty())
            return value;
    }
    return m_claims.isValid() ? m_claims.displayName() : QString();
}

QString SessionController::organizationId() const
{
    const QString fromServer = m_session->organizationId();
    if (!fromServer.isEmpty())
        return fromServer;
    if (m_claims.isValid() && !m_claims.organizationId().isEmpty())
        return m_claims.organizationId();
    return m_profile.organizationId;
}

void SessionController::loadOrganizationName()
{
    const QString organization = organizationId();
    m_session->organizations()->getCurrentOrganization(
        this, [this, organization](const ApiResult<QJsonObject> &result) {
            // Only a name is shown; an error here is in the Activity panel and changes nothing.
            if (!result.ok() || organization != organizationId())
                return;
            m_organizationName = Organization(result.value()).name();
            emit stateChanged(m_state);
        });
}

void SessionController::setState(State state)
{
    // A 401 arrives both as sessionExpired and as the failed getMeV2: tell it once.
    if (state == State::Expired && m_state == State::Expired)
        return;
    m_state = state;
    emit stateChanged(state);
}

void SessionController::scheduleExpiry()
{
    m_expiryTimer->stop();
    const QDateTime expiry = m_claims.isValid() ? m_claims.expiresAt() : QDateTime();
    if (!expiry.isValid())
        return; // API tokens may never expire
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const qint64 untilWarning = now.msecsTo(expiry.addSecs(-60 * warningLead.count()));
    const qint64 untilExpiry = now.msecsTo(expiry);
    // QTimer takes an int: for a token that lives longer than ~24 days, check again later.
    // Not warned yet: warn at once when already inside the warning window.
    const qint64 wait = m_warned ? untilExpiry : std::max<qint64>(0, untilWarning);
    m_expiryTimer->start(int(std::clamp<qint64>(wait, 0, 24LL * 3600 * 1000)));
}

void SessionController::onExpiryTimer()
{
    if (m_state == State::SignedOut || !m_claims.isValid())
        return;
    const QDateTime expiry = m_claims.expiresAt();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (now >= expiry) {
        m_lastError = tr("The token expired at %1.")
                          .arg(QLocale().toString(expiry.toLocalTime(), QLocale::ShortFormat));
        setState(State::Expired);
        return;
    }
    if (!m_warned && m_claims.expiresSoon(warningLead, now)) {
        m_warned = true;
        emit expiresSoon(expiry);
    }
    scheduleExpiry();
}

void SessionController::onFailed(const ApiError &error)
{
    if (error.kind == ApiError::Kind::Unauthorized) {
        m_lastError = error.message;
        setState(State::Expired);
        return;
    }
    m_lastError = error.message;
    setState(State::Failed);
}
