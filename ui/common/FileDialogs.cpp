#include "ui/common/FileDialogs.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

namespace {

const QString lastFolderKey = QStringLiteral("FileDialogs/lastFolder");
std::function<QString(const FileDialogs::Request &)> testChooser;

QString documentsFolder()
{
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return documents.isEmpty() ? QDir::homePath() : documents;
}

QString choose(QWidget *parent, const FileDialogs::Request &request)
{
    if (testChooser)
        return testChooser(request);
    if (request.mode == FileDialogs::Mode::Open)
        return QFileDialog::getOpenFileName(parent, request.caption, request.startPath,
                                            request.filter);
    return QFileDialog::getSaveFileName(parent, request.caption, request.startPath, request.filter);
}

QString run(QWidget *parent, const FileDialogs::Request &request)
{
    const QString chosen = choose(parent, request);
    FileDialogs::remember(chosen);
    return chosen;
}

} // namespace

namespace FileDialogs {

QString startFolder()
{
    const QString last = QSettings().value(lastFolderKey).toString();
    // A folder that was removed or unmounted since would open the dialog somewhere random.
    if (!last.isEmpty() && QFileInfo(last).isDir())
        return last;
    return documentsFolder();
}

void remember(const QString &chosenPath)
{
    if (chosenPath.isEmpty())
        return;
    QSettings().setValue(lastFolderKey, QFileInfo(chosenPath).absolutePath());
}

QString openFile(QWidget *parent, const QString &caption, const QString &filter)
{
    return run(parent, {Mode::Open, caption, startFolder(), filter});
}

QString saveFile(QWidget *parent, const QString &caption, const QString &suggestedName,
                 const QString &filter)
{
    return run(parent, {Mode::Save, caption, QDir(startFolder()).filePath(suggestedName), filter});
}

void setChooser(std::function<QString(const Request &)> chooser)
{
    testChooser = std::move(chooser);
}

} // namespace FileDialogs
