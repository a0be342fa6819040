#include "models/RoleChange.h"

#include <QCoreApplication>

QString RoleChange::describe() const
{
    return assign
               ? QCoreApplication::translate("QObject", "Assign %1 to %2").arg(roleLabel, userLabel)
               : QCoreApplication::translate("QObject", "Remove %1 from %2")
                     .arg(roleLabel, userLabel);
}
