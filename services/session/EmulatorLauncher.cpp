#include "services/session/EmulatorLauncher.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTimer>
#include <algorithm>

#ifdef Q_OS_LINUX
#include <csignal>
#include <sys/prctl.h>
#endif

namespace {
const QByteArray kListeningPrefix = "listening on ";
const QByteArray kTokenPrefix = "token: ";
constexpr int kKeptErrorBytes = 4096;
constexpr int kStopWaitMilliseconds = 3000;

bool isExecutable(const QString &path)
{
    const QFileInfo info(path);
    return info.isFile() && info.isExecutable();
}
} // namespace

EmulatorLauncher::EmulatorLauncher(QObject *parent)
    : QObject(parent), m_program(findProgram()), m_startTimer(new QTimer(this))
{
    m_startTimer->setSingleShot(true);
    connect(m_startTimer, &QTimer::timeout, this, [this] {
        fail(tr("The emulator did not report its address within %1 seconds.")
                 .arg(std::chrono::duration_cast<std::chrono::seconds>(m_startTimeout).count()));
    });
}

EmulatorLauncher::~EmulatorLauncher()
{
    blockSignals(true); // nobody hears about a stop caused by our own destruction
    stop();
}

QString EmulatorLauncher::findProgram()
{
    const QString fromEnvironment = qEnvironmentVariable("EPILOT_EMULATOR_PATH");
    if (!fromEnvironment.isEmpty() && isExecutable(fromEnvironment))
        return fromEnvironment;
    const QDir here(QCoreApplication::applicationDirPath());
    for (const QString &candidate :
         {here.filePath(QStringLiteral("epilot-emulator")),
          here.filePath(QStringLiteral("../emulator/epilot-emulator"))}) {
        if (isExecutable(candidate))
            return QDir::cleanPath(candidate);
    }
    return QStandardPaths::findExecutable(QStringLiteral("epilot-emulator"));
}

void EmulatorLauncher::start(const QStringList &arguments)
{
    stop();
    m_pending.clear();
    m_errorOutput.clear();
    m_baseUrl.clear();
    m_tokens.clear();
    m_started = false;
    if (m_program.isEmpty() || !isExecutable(m_program)) {
        // Reported asynchronously like every other outcome.
        QTimer::singleShot(0, this, [this] {
            emit failed(tr("The emulator program epilot-emulator was not found."));
        });
        return;
    }
    QStringList fullArguments = arguments;
    if (!fullArguments.contains(QStringLiteral("--host")))
        fullArguments << QStringLiteral("--host") << QStringLiteral("127.0.0.1");
    if (!fullArguments.contains(QStringLiteral("--port")))
        fullArguments << QStringLiteral("--port") << QStringLiteral("0");

    auto *process = new QProcess(this);
    m_process = process;
    process->setProgram(m_program);
    process->setArguments(fullArguments);
#ifdef Q_OS_LINUX
    // The child goes when we go, even if we crash.
    process->setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
#endif
    connect(process, &QProcess::readyReadStandardOutput, this, &EmulatorLauncher::readOutput);
    connect(process, &QProcess::readyReadStandardError, this, [this, process] {
        m_errorOutput += process->readAllStandardError();
        if (m_errorOutput.size() > kKeptErrorBytes)
            m_errorOutput = m_errorOutput.right(kKeptErrorBytes);
    });
    connect(process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            fail(tr("The emulator could not be started: %1")
                     .arg(m_process ? m_process->errorString() : QString()));
    });
    connect(process, &QProcess::finished, this, [this](int exitCode) { onFinished(exitCode); });
    m_startTimer->start(m_startTimeout);
    process->start(QIODevice::ReadOnly);
}

void EmulatorLauncher::readOutput()
{
    if (!m_process)
        return;
    m_pending += m_process->readAllStandardOutput();
    qsizetype end;
    while ((end = m_pending.indexOf('\n')) >= 0) {
        const QByteArray line = m_pending.left(end).trimmed();
        m_pending.remove(0, end + 1);
        if (line.startsWith(kListeningPrefix) && m_baseUrl.isEmpty()) {
            m_baseUrl = QUrl(QString::fromUtf8(line.mid(kListeningPrefix.size())));
        } else if (line.startsWith(kTokenPrefix)) {
            m_tokens.append(QString::fromUtf8(line.mid(kTokenPrefix.size())));
        }
        if (!m_started && m_baseUrl.isValid() && !m_tokens.isEmpty()) {
            m_started = true;
            m_startTimer->stop();
            emit started(m_baseUrl, m_tokens.first());
        }
    }
}

void EmulatorLauncher::fail(const QString &message)
{
    m_startTimer->stop();
    const QString details = QString::fromUtf8(m_errorOutput).trimmed();
    stop();
    emit failed(details.isEmpty() ? message : message + QLatin1Char('\n') + details);
}

void EmulatorLauncher::onFinished(int exitCode)
{
    if (!m_started) {
        if (m_process) // not stopped by us
            fail(tr("The emulator ended before it was ready (exit code %1).").arg(exitCode));
        return;
    }
    m_started = false;
    emit stopped(exitCode);
}

void EmulatorLauncher::stop()
{
    m_startTimer->stop();
    QProcess *process = m_process;
    if (!process)
        return;
    m_process.clear(); // onFinished() sees a stop, not a crash
    process->disconnect(this);
    if (process->state() != QProcess::NotRunning) {
        process->terminate(); // the emulator exits normally on SIGTERM
        if (!process->waitForFinished(kStopWaitMilliseconds)) {
            process->kill();
            process->waitForFinished(kStopWaitMilliseconds);
        }
    }
    m_errorOutput += process->readAllStandardError();
    reportSanitizerFindings(m_errorOutput);
    const bool wasStarted = m_started;
    m_started = false;
    process->deleteLater();
    if (wasStarted)
        emit stopped(0);
}

void EmulatorLauncher::reportSanitizerFindings(const QByteArray &errorOutput)
{
    static const char *const markers[] = {"ERROR: AddressSanitizer", "ERROR: LeakSanitizer",
                                          "runtime error:", "SUMMARY: UndefinedBehaviorSanitizer",
                                          "WARNING: ThreadSanitizer"};
    const bool found = std::any_of(std::begin(markers), std::end(markers), [&](const char *marker) {
        return errorOutput.contains(marker);
    });
    if (!found)
        return;
    // A sanitizer build of the emulator found a bug. Tests ask to fail on it; the application
    // only logs it.
    qCritical("epilot-emulator reported a sanitizer finding:\n%s", errorOutput.constData());
    if (qEnvironmentVariableIsSet("EPILOT_FAIL_ON_EMULATOR_REPORT"))
        qFatal("epilot-emulator reported a sanitizer finding (see above)");
}

bool EmulatorLauncher::isRunning() const
{
    return m_process && m_process->state() == QProcess::Running;
}

qint64 EmulatorLauncher::processId() const
{
    return m_process ? m_process->processId() : 0;
}
