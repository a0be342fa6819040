#include "services/session/TokenStore.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QPointer>
#include <qt6keychain/keychain.h>

namespace {

const QString secretServiceName = QStringLiteral("org.freedesktop.secrets");

class Text
{
    Q_DECLARE_TR_FUNCTIONS(TokenStore)

public:
    static QString noKeychain(const QString &detail)
    {
        return tr("No keychain is available on this computer (no Secret Service such as GNOME "
                  "Keyring or KWallet answers on D-Bus). The token can be kept for this session "
                  "only. (%1)")
            .arg(detail);
    }
    static QString accessDenied(const QString &detail)
    {
        return tr("The keychain refused access; it may be locked. (%1)").arg(detail);
    }
    static QString failed(const QString &detail)
    {
        return tr("The keychain reported an error: %1").arg(detail);
    }
    static QString notFound() { return tr("No token is stored for this profile."); }
    static QString emptyProfile() { return tr("The profile has no name."); }
    static QString emptyToken() { return tr("The token is empty; nothing was stored."); }
};

// Whether a Secret Service is running, or would be started, on the session bus.
bool secretServiceReachable()
{
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected() || !bus.interface())
        return false;
    QDBusConnectionInterface *interface = bus.interface();
    if (interface->isServiceRegistered(secretServiceName).value())
        return true;
    return interface->activatableServiceNames().value().contains(secretServiceName);
}

TokenStore::Result resultOf(const QKeychain::Job &job)
{
    TokenStore::Result result;
    const QString detail = job.errorString();
    switch (job.error()) {
    case QKeychain::NoError:
        break;
    case QKeychain::EntryNotFound:
        result.status = TokenStore::Status::NotFound;
        result.message = Text::notFound();
        break;
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        result.status = TokenStore::Status::AccessDenied;
        result.message = Text::accessDenied(detail);
        break;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        result.status = TokenStore::Status::NoKeychain;
        result.message = Text::noKeychain(detail);
        break;
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::OtherError:
        // libsecret reports a missing bus or service as a generic D-Bus error; ask the bus.
        if (secretServiceReachable()) {
            result.status = TokenStore::Status::Failed;
            result.message = Text::failed(detail);
        } else {
            result.status = TokenStore::Status::NoKeychain;
            result.message = Text::noKeychain(detail);
        }
        break;
    }
    return result;
}

// The job deletes itself after finished(); the connection dies with the context.
void run(QKeychain::Job *job, QObject *context,
         std::function<void(const QKeychain::Job &)> finished)
{
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    QObject::connect(job, &QKeychain::Job::finished, context,
                     [finished = std::move(finished)](QKeychain::Job *done) { finished(*done); });
    job->start();
}

} // namespace

TokenStore::TokenStore(QObject *parent) : TokenStore(defaultService(), parent) {}

TokenStore::TokenStore(const QString &service, QObject *parent)
    : QObject(parent), m_service(service)
{
}

void TokenStore::read(const QString &profile, QObject *context, Callback done)
{
    Q_ASSERT(context);
    if (profile.isEmpty())
        return deliver(context, std::move(done), {Status::Failed, {}, Text::emptyProfile()});
    if (m_sessionTokens.contains(profile))
        return deliver(context, std::move(done), {Status::Ok, m_sessionTokens.value(profile), {}});
    // No parent: a job must outlive this store and the context if they go first.
    auto *job = new QKeychain::ReadPasswordJob(m_service);
    job->setKey(profile);
    run(job, context, [done = std::move(done)](const QKeychain::Job &finished) {
        Result result = resultOf(finished);
        if (result.ok())
            result.token = static_cast<const QKeychain::ReadPasswordJob &>(finished).textData();
        done(result);
    });
}

void TokenStore::write(const QString &profile, const QString &token, QObject *context,
                       Callback done)
{
    Q_ASSERT(context);
    if (profile.isEmpty())
        return deliver(context, std::move(done), {Status::Failed, {}, Text::emptyProfile()});
    if (token.trimmed().isEmpty())
        return deliver(context, std::move(done), {Status::Failed, {}, Text::emptyToken()});
    auto *job = new QKeychain::WritePasswordJob(m_service);
    job->setKey(profile);
    job->setTextData(token);
    // A stored token replaces the session-only one, but only once the keychain has it.
    QPointer<TokenStore> self(this);
    run(job, context, [self, profile, done = std::move(done)](const QKeychain::Job &finished) {
        const Result result = resultOf(finished);
        if (result.ok() && self)
            self->m_sessionTokens.remove(profile);
        done(result);
    });
}

void TokenStore::remove(const QString &profile, QObject *context, Callback done)
{
    Q_ASSERT(context);
    if (profile.isEmpty())
        return deliver(context, std::move(done), {Status::Failed, {}, Text::emptyProfile()});
    m_sessionTokens.remove(profile);
    auto *job = new QKeychain::DeletePasswordJob(m_service);
    job->setKey(profile);
    run(job, context, [done = std::move(done)](const QKeychain::Job &finished) {
        Result result = resultOf(finished);
        if (result.status == Status::NotFound)
            result = {};
        done(result);
    });
}

void TokenStore::move(const QString &from, const QString &to, QObject *context, Callback done)
{
    Q_ASSERT(context);
    if (from == to)
        return deliver(context, std::move(done), {});
    const bool movedSessionToken = m_sessionTokens.contains(from);
    if (movedSessionToken)
        m_sessionTokens.insert(to, m_sessionTokens.take(from));
    // The steps run with this store as context so a closed dialog does not stop a move
    // halfway; only the final callback depends on the caller's context.
    QPointer<QObject> caller(context);
    auto finish = [caller, done](const Result &result) {
        if (caller)
            done(result);
    };
    read(from, this, [this, from, to, finish, movedSessionToken](const Result &readResult) {
        const bool nothingStored = readResult.status == Status::NotFound ||
                                   (movedSessionToken && readResult.status == Status::NoKeychain);
        if (nothingStored)
            return finish({});
        if (!readResult.ok())
            return finish(readResult);
        write(to, readResult.token, this, [this, from, finish](const Result &writeResult) {
            if (!writeResult.ok())
                return finish(writeResult);
            remove(from, this, finish);
        });
    });
}

void TokenStore::keepForSession(const QString &profile, const QString &token)
{
    if (token.trimmed().isEmpty())
        m_sessionTokens.remove(profile);
    else
        m_sessionTokens.insert(profile, token);
}

bool TokenStore::hasSessionToken(const QString &profile) const
{
    return m_sessionTokens.contains(profile);
}

void TokenStore::deliver(QObject *context, Callback done, const Result &result)
{
    // Asynchronous like the keychain path; the queued call is dropped with the context.
    QMetaObject::invokeMethod(
        context, [done = std::move(done), result] { done(result); }, Qt::QueuedConnection);
}
