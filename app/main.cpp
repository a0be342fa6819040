#include "ui/MainWindow.h"

#include <QApplication>

int main(int argc, char *argv[])
{
    QApplication application(argc, argv);
    QApplication::setApplicationName(QStringLiteral("epilot-admin"));
    QApplication::setOrganizationName(QStringLiteral("epilot-admin"));
    MainWindow window;
    window.show();
    return QApplication::exec();
}
