#pragma once

#include "domain/partners/PartnerRecord.h"
#include "ui/common/MessageWidget.h"

#include <QWidget>

class ConflictCheckedSave;
class QLineEdit;
class QPushButton;
class Session;

// A partner record's details (company, e-mail, owner e-mail, description), saved with patchEntity
// through ConflictCheckedSave: read the record again, take over what only someone else changed,
// ask on real conflicts, send only the changes. A change is unsaved as soon as it is typed.
class PartnerRecordForm : public QWidget
{
    Q_OBJECT
public:
    explicit PartnerRecordForm(Session *session, QWidget *parent = nullptr);

    void showRecord(const PartnerRecord &record);
    const PartnerRecord &record() const { return m_record; }
    void clearRecord();
    // Starts saving; the outcome comes once as saveFinished().
    void save();
    void discard();
    bool hasUnsavedChanges() const;
    bool isSaving() const;
    void setReadOnly(bool readOnly);

    QLineEdit *companyEdit() const { return m_company; }
    QLineEdit *emailEdit() const { return m_email; }
    QLineEdit *ownerEmailEdit() const { return m_ownerEmail; }
    QLineEdit *descriptionEdit() const { return m_description; }
    QPushButton *saveButton() const { return m_saveButton; }

signals:
    void recordSaved(const PartnerRecord &record);
    void message(MessageWidget::Level level, const QString &text);
    void saveFinished(bool saved);
    void changed();

private:
    void buildSave();
    QJsonObject values() const;
    void showValues(const QJsonObject &values);
    bool validate();
    void updateButtons();

    Session *m_session;
    PartnerRecord m_record;
    ConflictCheckedSave *m_save = nullptr;
    QLineEdit *m_company;
    QLineEdit *m_email;
    QLineEdit *m_ownerEmail;
    QLineEdit *m_description;
    QPushButton *m_saveButton;
    QPushButton *m_revertButton;
    bool m_readOnly = false;
};
