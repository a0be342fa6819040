#include "emulator/core/EmulatorInstance.h"

#include "emulator/core/ApiModules.h"
#include "emulator/core/DemoIds.h"
#include "emulator/core/EmulatorContext.h"
#include "emulator/core/EmulatorControlModule.h"
#include "emulator/core/EmulatorServer.h"
#include "emulator/core/LoginPage.h"

#include <QHostAddress>

namespace {
// The generated start-up token outlives any session of the application.
constexpr qint64 kStartupTokenLifetimeSeconds = 30LL * 24 * 3600;
} // namespace

EmulatorInstance::EmulatorInstance(const EmulatorOptions &options, QObject *parent)
    : QObject(parent), m_options(options), m_outbox(m_store), m_tokens(m_store),
      m_faults(options.faults), m_audit(m_store)
{
}

EmulatorInstance::~EmulatorInstance() = default;

bool EmulatorInstance::start(QString *error)
{
    if (!m_store.open(m_options.dataFile, error))
        return false;
    m_tokens.setAcceptAnyToken(m_options.anyToken);

    EmulatorContext context{m_store, m_outbox, m_tokens, m_options};
    m_modules = createApiModules(context);
    m_modules.push_back(std::make_unique<EmulatorControlModule>(m_store, m_outbox, m_tokens,
                                                                m_faults, [this] { reset(); }));
    m_modules.push_back(std::make_unique<LoginPage>(m_store, m_tokens));
    for (const auto &module : m_modules)
        module->registerRoutes(m_router);

    if (m_store.isEmpty())
        seedAll();

    const QHostAddress address = m_options.host == QLatin1String("localhost")
                                     ? QHostAddress(QHostAddress::LocalHost)
                                     : QHostAddress(m_options.host);
    m_server = new EmulatorServer(m_router, m_tokens, m_faults, this);
    m_server->setAuditTrail(&m_audit);
    const quint16 port = m_server->listenOn(address, m_options.port, error);
    if (port == 0)
        return false;
    const QString host = address.protocol() == QAbstractSocket::IPv6Protocol
                             ? QStringLiteral("[%1]").arg(address.toString())
                             : address.toString();
    m_baseUrl = QStringLiteral("http://%1:%2").arg(host).arg(port);
    m_tokens.setIssuer(m_baseUrl);
    registerStartupTokens();
    return true;
}

void EmulatorInstance::seedAll()
{
    m_store.beginBatch();
    for (const auto &module : m_modules)
        module->seed(m_options.seed);
    m_store.commitBatch();
}

void EmulatorInstance::registerStartupTokens()
{
    if (m_startupTokens.isEmpty()) {
        m_startupTokens = m_options.tokens;
        if (m_startupTokens.isEmpty())
            m_startupTokens.append(m_tokens.issue(kDemoAdminUserId, kDemoOrganizationId,
                                                  kStartupTokenLifetimeSeconds));
    }
    for (const QString &token : std::as_const(m_startupTokens)) {
        if (!m_tokens.resolve(token) || m_tokens.acceptsAnyToken())
            m_tokens.accept(token, kDemoAdminUserId, kDemoOrganizationId);
    }
}

void EmulatorInstance::reset()
{
    m_store.clear();
    seedAll();
    registerStartupTokens();
}
