#pragma once

#include "domain/console/OperationCall.h"
#include "ui/common/MessageWidget.h" // statusLabel() is read by callers
#include "ui/shell/Pane.h"

#include <QDateTime>
#include <QHash>
#include <QJsonValue>
#include <QPointer>

class ApiCall;
class JsonEditor;
class QCheckBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;
class QTreeWidget;
class QWidget;

// Reaches every operation of the three APIs: pick one from the catalog, fill in its parameters
// and body, send it through the session's client and read the answer; copy it as `curl` or
// `epilot` command; re-open earlier calls of this run from the history.
class ApiConsolePane : public Pane
{
    Q_OBJECT
public:
    explicit ApiConsolePane(Session *session, QWidget *parent = nullptr);

    QString title() const override;
    void focusSearch() override;

    // Shows the operation's form (body prefilled with its example); false if unknown.
    bool selectOperation(const QString &operationId);
    QString currentOperationId() const;
    void setParameter(const QString &name, const QString &value);
    OperationCall currentCall() const;
    void send();
    // With the token spelled out only when "show token" is ticked.
    QString curlCommand() const;
    QString cliCommand() const;
    // Re-opens the n-th call of the history (0 = oldest) in the form.
    void openHistoryEntry(int index);

    QTreeWidget *operationTree() const { return m_tree; }
    QLineEdit *operationFilter() const { return m_filter; }
    QLineEdit *parameterEdit(const QString &name) const { return m_parameters.value(name); }
    JsonEditor *bodyEditor() const { return m_body; }
    QPushButton *sendButton() const { return m_send; }
    MessageWidget *statusLabel() const { return m_status; }
    QPlainTextEdit *responseView() const { return m_response; }
    QPlainTextEdit *headersView() const { return m_headers; }
    QLineEdit *responseFilter() const { return m_responseFilter; }
    QListWidget *historyList() const { return m_history; }
    QCheckBox *showTokenBox() const { return m_showToken; }
    bool isBusy() const { return !m_call.isNull(); }

signals:
    // A call came back (success or error); for tests and the status bar.
    void callFinished(int status);

private:
    struct HistoryEntry
    {
        OperationCall call;
        QDateTime sentAt;
        QString outcome;
    };

    QWidget *createOperationList();
    QWidget *createRequestArea();
    QWidget *createResponseArea();
    void fillTree();
    void applyFilter(const QString &text);
    void showOperation(const Operation *operation);
    void showResponseText();
    void copyToClipboard(const QString &text, const QString &what);
    void addHistory(const OperationCall &call, const QString &outcome);
    QString tokenForCopies() const;

    QTabWidget *m_leftTabs;
    QLineEdit *m_filter;
    QTreeWidget *m_tree;
    QListWidget *m_history;
    QLabel *m_heading;
    QLabel *m_summary;
    QWidget *m_parameterBox;
    QFormLayout *m_parameterForm;
    QHash<QString, QLineEdit *> m_parameters;
    JsonEditor *m_body;
    QLabel *m_bodyLabel;
    QWidget *m_spacer;
    QPushButton *m_send;
    QPushButton *m_copyCurl;
    QPushButton *m_copyCli;
    QCheckBox *m_showToken;
    MessageWidget *m_status;
    QTabWidget *m_responseTabs;
    QLineEdit *m_responseFilter;
    QPlainTextEdit *m_response;
    QPlainTextEdit *m_headers;
    const Operation *m_operation = nullptr;
    QPointer<ApiCall> m_call;
    QJsonValue m_responseJson;
    QString m_responseRaw;
    QList<HistoryEntry> m_entries;
};
