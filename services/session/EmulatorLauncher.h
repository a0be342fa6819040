#pragma once

#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QUrl>
#include <chrono>

class QProcess;
class QTimer;

// Runs epilot-emulator as a child process on a free loopback port ("--port 0") and reports its
// base URL and token once it listens (it prints "listening on http://HOST:PORT", then
// "token: …" lines). The child is stopped when the launcher is destroyed or stop() is called,
// and on Linux also when this process dies. The token is never logged.
class EmulatorLauncher : public QObject
{
    Q_OBJECT
public:
    static constexpr std::chrono::milliseconds defaultStartTimeout = std::chrono::seconds(20);

    explicit EmulatorLauncher(QObject *parent = nullptr);
    ~EmulatorLauncher() override;

    // The emulator binary: $EPILOT_EMULATOR_PATH, else next to this executable, else
    // ../emulator/ (the build tree), else on PATH. Empty when none is found.
    static QString findProgram();
    void setProgram(const QString &program) { m_program = program; }
    QString program() const { return m_program; }
    void setStartTimeout(std::chrono::milliseconds timeout) { m_startTimeout = timeout; }

    // Starts the child with these arguments (plus "--host 127.0.0.1 --port 0" unless given).
    // Answers later with started() or failed(). A running child is stopped first.
    void start(const QStringList &arguments = {});
    void stop();

    bool isRunning() const;
    QUrl baseUrl() const { return m_baseUrl; }
    QString token() const { return m_tokens.value(0); }
    QStringList tokens() const { return m_tokens; }
    qint64 processId() const;

signals:
    void started(const QUrl &baseUrl, const QString &token);
    void failed(const QString &message);
    // The child ended after it had started (crash or stop()).
    void stopped(int exitCode);

private:
    // Logs a sanitizer report in the emulator's error output; fatal when the tests ask for it.
    static void reportSanitizerFindings(const QByteArray &errorOutput);
    void readOutput();
    void fail(const QString &message);
    void onFinished(int exitCode);

    QString m_program;
    QPointer<QProcess> m_process;
    QTimer *m_startTimer = nullptr;
    std::chrono::milliseconds m_startTimeout = defaultStartTimeout;
    QByteArray m_pending;
    QByteArray m_errorOutput;
    QUrl m_baseUrl;
    QStringList m_tokens;
    bool m_started = false;
};
