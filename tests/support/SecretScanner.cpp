#include "tests/support/SecretScanner.h"

#include <QAbstractButton>
#include <QAbstractItemModel>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QMutex>
#include <QPlainTextEdit>
#include <QSettings>
#include <QTextEdit>
#include <QUrl>

namespace {

// Shorter forms would match by chance (a JWT's header is the same for every token, too).
constexpr int shortestForm = 8;

QMutex messagesLock;
QStringList recordedMessages;
QtMessageHandler previousHandler = nullptr;
bool recording = false;

void recordMessage(QtMsgType type, const QMessageLogContext &context, const QString &text)
{
    {
        QMutexLocker locker(&messagesLock);
        recordedMessages << text;
    }
    if (previousHandler)
        previousHandler(type, context, text);
}

QList<QByteArray> formsOf(const QString &value)
{
    const QByteArray utf8 = value.toUtf8();
    QList<QByteArray> forms{
        utf8,
        QByteArray(reinterpret_cast<const char *>(value.utf16()),
                   value.size() * qsizetype(sizeof(char16_t))),
        QUrl::toPercentEncoding(value), utf8.toBase64(),
        utf8.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals)};
    // A JWT's signature alone identifies the token.
    const QStringList parts = value.split(QLatin1Char('.'));
    if (parts.size() == 3)
        forms << parts.at(2).toUtf8();
    QList<QByteArray> unique;
    for (const QByteArray &form : forms) {
        if (form.size() >= shortestForm && !unique.contains(form))
            unique << form;
    }
    return unique;
}

QStringList tagged(const QString &where, const QString &finding)
{
    if (finding.isEmpty())
        return {};
    return {finding + QStringLiteral(" in ") + where};
}

} // namespace

SecretScanner::SecretScanner(QObject *parent) : QObject(parent) {}

SecretScanner::~SecretScanner() = default;

void SecretScanner::addSecret(const QString &name, const QString &value)
{
    Q_ASSERT(value.size() >= shortestForm);
    m_secrets.append({name, formsOf(value)});
}

QStringList SecretScanner::secretNames() const
{
    QStringList names;
    for (const Secret &secret : m_secrets)
        names << secret.name;
    return names;
}

QString SecretScanner::findingIn(const QByteArray &content) const
{
    for (const Secret &secret : m_secrets) {
        for (const QByteArray &form : secret.forms) {
            if (content.contains(form))
                return secret.name;
        }
    }
    return {};
}

bool SecretScanner::contains(const QByteArray &content) const
{
    return !findingIn(content).isEmpty();
}

bool SecretScanner::contains(const QString &text) const
{
    return contains(text.toUtf8());
}

QStringList SecretScanner::scanText(const QString &where, const QString &text) const
{
    return tagged(where, findingIn(text.toUtf8()));
}

QStringList SecretScanner::scanBytes(const QString &where, const QByteArray &content) const
{
    return tagged(where, findingIn(content));
}

QStringList SecretScanner::writableFolders()
{
    QStringList folders;
    for (const char *variable : {"HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME",
                                 "XDG_STATE_HOME", "XDG_RUNTIME_DIR"}) {
        const QString folder = qEnvironmentVariable(variable);
        if (!folder.isEmpty())
            folders << folder;
    }
    folders << QFileInfo(QSettings().fileName()).absolutePath();
    return folders;
}

QStringList SecretScanner::scanFiles(const QStringList &folders, int *searched) const
{
    QStringList findings;
    QStringList seen;
    for (const QString &folder : folders) {
        QDirIterator files(folder, QDir::Files | QDir::Hidden | QDir::System,
                           QDirIterator::Subdirectories);
        while (files.hasNext()) {
            const QString path = QFileInfo(files.next()).canonicalFilePath();
            if (path.isEmpty() || seen.contains(path))
                continue;
            seen << path;
            QFile file(path);
            // Sockets and FIFOs (the D-Bus and keyring control files) cannot hold a secret.
            if (!QFileInfo(path).isFile() || !file.open(QIODevice::ReadOnly))
                continue;
            findings << scanBytes(path, file.readAll());
        }
    }
    if (searched)
        *searched = int(seen.size());
    return findings;
}

QStringList SecretScanner::scanModel(const QString &where, const QAbstractItemModel *model) const
{
    QStringList findings;
    const int roles[] = {Qt::DisplayRole,   Qt::EditRole,      Qt::ToolTipRole,
                         Qt::StatusTipRole, Qt::WhatsThisRole, Qt::AccessibleTextRole};
    for (int column = 0; column < model->columnCount(); ++column)
        findings << scanText(where + QStringLiteral(" header"),
                             model->headerData(column, Qt::Horizontal).toString());
    for (int row = 0; row < model->rowCount(); ++row) {
        for (int column = 0; column < model->columnCount(); ++column) {
            const QModelIndex index = model->index(row, column);
            for (const int role : roles) {
                findings << scanText(QStringLiteral("%1 row %2 column %3 role %4")
                                         .arg(where)
                                         .arg(row)
                                         .arg(column)
                                         .arg(role),
                                     index.data(role).toString());
            }
        }
    }
    return findings;
}

QStringList SecretScanner::scanWidget(const QString &where, const QWidget *widget) const
{
    QStringList findings;
    QList<const QWidget *> widgets{widget};
    for (const QWidget *child : widget->findChildren<QWidget *>())
        widgets << child;
    for (const QWidget *item : std::as_const(widgets)) {
        const QString name = where + QStringLiteral(" / ") + item->metaObject()->className() +
                             QLatin1Char(' ') + item->objectName();
        QStringList texts{item->windowTitle(), item->toolTip(), item->accessibleName(),
                          item->accessibleDescription(), item->statusTip()};
        if (const auto *label = qobject_cast<const QLabel *>(item))
            texts << label->text();
        if (const auto *button = qobject_cast<const QAbstractButton *>(item))
            texts << button->text();
        if (const auto *line = qobject_cast<const QLineEdit *>(item))
            texts << line->text() << line->placeholderText();
        if (const auto *plain = qobject_cast<const QPlainTextEdit *>(item))
            texts << plain->toPlainText();
        if (const auto *rich = qobject_cast<const QTextEdit *>(item))
            texts << rich->toPlainText() << rich->toHtml();
        if (const auto *combo = qobject_cast<const QComboBox *>(item)) {
            texts << combo->currentText();
            for (int index = 0; index < combo->count(); ++index)
                texts << combo->itemText(index);
        }
        for (const QString &text : std::as_const(texts))
            findings << scanText(name, text);
    }
    return findings;
}

QStringList SecretScanner::scanTopLevelWidgets() const
{
    QStringList findings;
    for (const QWidget *widget : QApplication::topLevelWidgets())
        findings << scanWidget(QStringLiteral("top-level ") + widget->metaObject()->className() +
                                   QStringLiteral(" \"") + widget->windowTitle() + QLatin1Char('"'),
                               widget);
    return findings;
}

void SecretScanner::recordClipboard()
{
    connect(QGuiApplication::clipboard(), &QClipboard::dataChanged, this,
            &SecretScanner::onClipboardChanged);
}

void SecretScanner::onClipboardChanged()
{
    const QMimeData *data = QGuiApplication::clipboard()->mimeData();
    if (!data)
        return;
    // Every format, not only text/plain: an application may offer HTML or its own format.
    QString all;
    for (const QString &format : data->formats())
        all += QString::fromUtf8(data->data(format)) + QLatin1Char('\n');
    m_clipboard << data->text() + QLatin1Char('\n') + all;
}

QStringList SecretScanner::scanClipboard() const
{
    QStringList findings;
    for (int index = 0; index < m_clipboard.size(); ++index)
        findings << scanText(QStringLiteral("clipboard text %1").arg(index), m_clipboard.at(index));
    return findings;
}

void SecretScanner::recordMessages()
{
    if (recording)
        return;
    recording = true;
    previousHandler = qInstallMessageHandler(recordMessage);
}

void SecretScanner::stopRecordingMessages()
{
    if (!recording)
        return;
    recording = false;
    qInstallMessageHandler(previousHandler);
}

QStringList SecretScanner::messages()
{
    QMutexLocker locker(&messagesLock);
    return recordedMessages;
}

QStringList SecretScanner::scanMessages() const
{
    QStringList findings;
    const QStringList all = messages();
    for (int index = 0; index < all.size(); ++index)
        findings << scanText(QStringLiteral("log message %1").arg(index), all.at(index));
    return findings;
}
