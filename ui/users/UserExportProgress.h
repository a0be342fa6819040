#pragma once

#include "controllers/UserExporter.h"

#include <QString>
#include <functional>

class QWidget;
class UserListModel;
class UserService;

// Exports the users a list shows (its search, organizations and status filter) to a file, with
// a window-modal progress dialog that can stop it.
namespace UserExportProgress {

// False when the export could not start (`error` says why; `done` is not called). Otherwise
// `done` gets the outcome once, never after `parent` is destroyed.
bool start(QWidget *parent, UserService *service, const UserListModel &model, const QString &path,
           UserExporter::Format format, std::function<void(bool ok, const QString &message)> done,
           QString *error);

} // namespace UserExportProgress
