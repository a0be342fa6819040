#include "tests/support/E2eSession.h"

#include "services/session/Session.h"
#include "tests/support/E2eEnvironment.h"

#include <QSignalSpy>

bool signIn(Session *session, const E2eEnvironment &environment, QString *error, int timeoutMs)
{
    QSignalSpy me(session, &Session::meChanged);
    session->begin(environment.endpoints(), environment.token());
    if (me.isEmpty() && !me.wait(timeoutMs)) {
        if (error)
            *error = QStringLiteral("the session was not signed in within %1 ms").arg(timeoutMs);
        return false;
    }
    return true;
}

bool setEmulatorFaults(const E2eEnvironment &environment, const QJsonObject &faults)
{
    if (!environment.isEmulator())
        return false;
    int status = 0;
    environment.emulatorRequest("PUT", QStringLiteral("/emulator/faults"), QJsonDocument(faults),
                                &status);
    return status == 200;
}

QJsonObject scriptedFault(const QString &fault, const QString &method, const QString &pathPrefix,
                          int count)
{
    return {{QStringLiteral("fault"), fault},
            {QStringLiteral("count"), count},
            {QStringLiteral("method"), method},
            {QStringLiteral("path"), pathPrefix}};
}
