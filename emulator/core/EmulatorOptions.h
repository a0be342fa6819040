#pragma once

#include "emulator/core/ApiModule.h"
#include "emulator/core/FaultInjector.h"

#include <QString>
#include <QStringList>

// The command line of epilot-emulator.
struct EmulatorOptions
{
    QString host = QStringLiteral("127.0.0.1");
    quint16 port = 0;
    QString dataFile;
    SeedOptions seed;
    QStringList tokens;
    bool anyToken = false;
    FaultOptions faults;

    // false with a message (for standard error) when the arguments are bad.
    bool parse(const QStringList &arguments, QString *error, bool *helpShown);
};
