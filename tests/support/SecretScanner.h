#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

class QAbstractItemModel;
class QWidget;

// Looks for secrets (tokens, passwords) wherever an application might leave them: files, item
// models, widgets, window titles, the clipboard and log messages. Each secret is searched in
// the forms it could take on the way (as typed, UTF-16, percent- and base64-encoded and, for a
// JWT, its signature alone). Every scan returns what it found as "<secret> in <where>" lines,
// so an empty list means clean; tests should also prove a scan can find (see contains()).
class SecretScanner : public QObject
{
    Q_OBJECT
public:
    explicit SecretScanner(QObject *parent = nullptr);
    ~SecretScanner() override;

    // `name` says which secret a finding is about ("token", "password"); never the value.
    void addSecret(const QString &name, const QString &value);
    QStringList secretNames() const;

    // Whether any form of a secret occurs in `content` (the one search every scan uses).
    bool contains(const QByteArray &content) const;
    bool contains(const QString &text) const;

    QStringList scanText(const QString &where, const QString &text) const;
    QStringList scanBytes(const QString &where, const QByteArray &content) const;
    // Every file under the folders, hidden ones too; `searched` counts the files read.
    QStringList scanFiles(const QStringList &folders, int *searched = nullptr) const;
    // HOME, XDG_{CONFIG,DATA,CACHE,STATE,RUNTIME}_HOME and the default QSettings file's folder.
    static QStringList writableFolders();
    // Every cell of every column and row for the display, edit, tool-tip and status-tip roles.
    QStringList scanModel(const QString &where, const QAbstractItemModel *model) const;
    // A widget and its children: window title, tool tip, accessible name, and the text of
    // labels, buttons, line edits (password fields too), text edits and combo boxes.
    QStringList scanWidget(const QString &where, const QWidget *widget) const;
    // scanWidget() over QApplication::topLevelWidgets().
    QStringList scanTopLevelWidgets() const;

    // Keeps every text the clipboard holds from now on (QClipboard::dataChanged).
    void recordClipboard();
    QStringList clipboardTexts() const { return m_clipboard; }
    QStringList scanClipboard() const;

    // Keeps every qDebug/qInfo/qWarning/qCritical message of the process (then passes it on).
    static void recordMessages();
    static void stopRecordingMessages();
    static QStringList messages();
    QStringList scanMessages() const;

private:
    struct Secret
    {
        QString name;
        QList<QByteArray> forms;
    };
    void onClipboardChanged();
    QString findingIn(const QByteArray &content) const;

    QList<Secret> m_secrets;
    QStringList m_clipboard;
};
