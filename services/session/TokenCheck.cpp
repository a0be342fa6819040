#include "services/session/TokenCheck.h"

#include "services/session/Session.h"
#include "services/session/TokenClaims.h"

#include <QLocale>
#include <QNetworkAccessManager>
#include <QPointer>
#include <QTimer>
#include <utility>

TokenCheck::TokenCheck(QObject *parent)
    : QObject(parent), m_network(new QNetworkAccessManager(this))
{
}

TokenCheck::~TokenCheck() = default;

void TokenCheck::check(const ApiEndpoints &endpoints, const QString &token, QObject *context,
                       std::function<void(const Result &)> done)
{
    if (m_session) {
        m_session->disconnect(this);
        m_session->deleteLater();
        m_session = nullptr;
    }
    QPointer<QObject> guard(context);
    m_done = [guard, done = std::move(done)](const Result &result) {
        if (guard)
            done(result);
    };
    if (const TokenClaims claims = TokenClaims::decode(token);
        claims.isValid() && claims.isExpired()) {
        const QString expired =
            tr("The token expired on %1.")
                .arg(QLocale().toString(claims.expiresAt().toLocalTime(), QLocale::ShortFormat));
        // Queued: the caller hears the outcome after check() returned, as for the server's.
        const int generation = ++m_generation;
        QTimer::singleShot(0, this, [this, expired, generation] {
            if (generation == m_generation)
                finish({expired, {}, {}, {}});
        });
        return;
    }
    ++m_generation;
    m_session = new Session(m_network, this);
    connect(m_session, &Session::meChanged, this, [this](const QJsonObject &me) {
        finish({QString(), me, m_session->userId(), m_session->organizationId()});
    });
    connect(m_session, &Session::failed, this, [this](const ApiError &error) {
        finish({error.message, {}, {}, {}});
    });
    m_session->begin(endpoints, token);
}

void TokenCheck::finish(const Result &result)
{
    if (m_session) {
        m_session->disconnect(this);
        m_session->end();
        m_session->deleteLater(); // we may be inside its signal
        m_session = nullptr;
    }
    const auto done = std::exchange(m_done, {});
    if (done)
        done(result);
}
