#pragma once

#include "domain/organization/Organization.h"

#include <QHash>
#include <QPointer>
#include <QWidget>

class ConflictCheckedSave;
class MessageWidget;
class QLabel;
class QLineEdit;
class QNetworkReply;
class QPlainTextEdit;
class QPushButton;
class QTextBrowser;
class Session;

// The Details tab of the organization: contact, address and e-mail signature (editable), the
// fields epilot keeps (read-only) and the logo. Saving rides on ConflictCheckedSave: what someone
// else changed meanwhile is taken over, a field both changed is put to the administrator.
class OrganizationDetailsPage : public QWidget
{
    Q_OBJECT
public:
    explicit OrganizationDetailsPage(Session *session, QWidget *parent = nullptr);

    // Shows `organization` as loaded (drops the edits and the answers of a running save).
    void load(const Organization &organization);
    const Organization &organization() const { return m_loaded; }
    QString organizationId() const { return m_loaded.id(); }

    // The changed fields as the PATCH body ("phone", "address", …).
    QJsonObject changes() const;
    bool hasUnsavedChanges() const;
    bool isSaving() const;
    // Outcome: saveFinished() once, after the server answered (never from within save()
    // when anything is sent; at once when nothing is to save or the input is refused).
    void save();
    void discard() { load(m_loaded); }
    void setReadOnly(bool readOnly);

    QLineEdit *field(const QString &key) const { return m_fields.value(key); }
    QPlainTextEdit *signatureEdit() const { return m_signature; }
    MessageWidget *status() const { return m_status; }
    QLabel *logoLabel() const { return m_logo; }

signals:
    void saveFinished(bool saved);
    void saved();
    void saveFailed(const QString &message);

private:
    void createSave();
    QLayout *createHeader();
    QLayout *createFieldColumns();
    QWidget *createSignatureBox();
    QLayout *createButtons();
    void show(const Organization &organization);
    void showValues(const QJsonObject &values);
    QJsonObject formValues() const;
    void markChanges();
    void markField(QWidget *field, QLabel *label, bool changed);
    void loadLogo(const QString &url);
    // Checks the changed details; false (messages at the fields) if wrong.
    bool checkInput();
    void fail(const QString &message);

    Session *m_session;
    ConflictCheckedSave *m_save = nullptr;
    QLabel *m_logo;
    QLabel *m_heading;
    QHash<QString, QLineEdit *> m_fields; // editable and read-only, by key
    QHash<QString, QLabel *> m_fieldLabels;
    QPlainTextEdit *m_signature;
    QLabel *m_signatureLabel;
    QTextBrowser *m_signaturePreview;
    QPushButton *m_saveButton;
    QPushButton *m_revert;
    MessageWidget *m_status;

    Organization m_loaded;
    Organization m_fresh; // the server's record as last read by the save
    QPointer<QNetworkReply> m_logoReply;
    bool m_readOnly = false;
    bool m_showing = false;
};
