#include "ui/users/UserExportProgress.h"

#include "controllers/UserExporter.h"
#include "models/UserListModel.h"

#include <QCoreApplication>
#include <QProgressDialog>

namespace UserExportProgress {

bool start(QWidget *parent, UserService *service, const UserListModel &model, const QString &path,
           UserExporter::Format format, std::function<void(bool ok, const QString &message)> done,
           QString *error)
{
    auto *exporter = new UserExporter(service, parent);
    exporter->setQuery(model.query());
    exporter->setOrganizations(model.organizations());
    exporter->setStatusFilter(model.statusFilter());
    // The texts keep the Users page's translation context, where they were written.
    auto *progress =
        new QProgressDialog(QCoreApplication::translate("UsersPane", "Exporting users…"),
                            QCoreApplication::translate("UsersPane", "Cancel"), 0, 0, parent);
    progress->setWindowModality(Qt::WindowModal);
    progress->setMinimumDuration(300);
    QObject::connect(exporter, &UserExporter::progress, progress, [progress](int written) {
        progress->setLabelText(QCoreApplication::translate(
            "UsersPane", "Exporting users… %n written", nullptr, written));
    });
    QObject::connect(progress, &QProgressDialog::canceled, exporter, &UserExporter::cancel);
    QObject::connect(exporter, &UserExporter::finished, parent,
                     [exporter, progress, done](bool ok, const QString &message) {
                         progress->deleteLater();
                         exporter->deleteLater();
                         done(ok, message);
                     });
    if (exporter->start(path, format, error))
        return true;
    progress->deleteLater();
    exporter->deleteLater();
    return false;
}

} // namespace UserExportProgress
