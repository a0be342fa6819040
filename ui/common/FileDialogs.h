#pragma once

#include <QString>
#include <functional>

class QWidget;

// Every file dialog of the application: it opens in the folder used last (remembered across
// starts), else in the person's documents folder, never in the program's working folder.
namespace FileDialogs {

enum class Mode { Open, Save };

struct Request
{
    Mode mode = Mode::Open;
    QString caption;
    QString startPath; // folder, or folder + suggested file name when saving
    QString filter;
};

// The folder the next dialog opens in.
QString startFolder();
// Remembers the folder of a chosen file (an empty path changes nothing).
void remember(const QString &chosenPath);

// The chosen file, or empty when the person cancelled. The folder is remembered.
QString openFile(QWidget *parent, const QString &caption, const QString &filter);
QString saveFile(QWidget *parent, const QString &caption, const QString &suggestedName,
                 const QString &filter);

// Tests: answers every dialog instead of showing one (nullptr: show dialogs again).
void setChooser(std::function<QString(const Request &)> chooser);

} // namespace FileDialogs
