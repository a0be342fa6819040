#pragma once

#include "controllers/UserExporter.h"

#include <QDialog>

class QLineEdit;
class QPushButton;
class QRadioButton;

// Asks where and how to export the listed users. It says what each format does to the data:
// the spreadsheet CSV marks values that begin like a formula (phone numbers such as +49 …) with
// an apostrophe; the plain CSV and JSON keep every value exactly as stored.
class UserExportDialog : public QDialog
{
    Q_OBJECT
public:
    explicit UserExportDialog(QWidget *parent = nullptr);

    UserExporter::Format format() const;
    void setFormat(UserExporter::Format format);
    QString path() const;
    QLineEdit *pathEdit() const { return m_path; }
    QPushButton *chooseButton() const { return m_choose; }
    QPushButton *exportButton() const { return m_export; }

    void accept() override;

signals:
    void exportRequested(const QString &path, UserExporter::Format format);

private:
    QRadioButton *addChoice(class QVBoxLayout *layout, const QString &title, const QString &hint);
    void choosePath();
    void followFormat();

    QRadioButton *m_spreadsheet = nullptr;
    QRadioButton *m_plain = nullptr;
    QRadioButton *m_json = nullptr;
    QLineEdit *m_path = nullptr;
    QPushButton *m_choose = nullptr;
    QPushButton *m_export = nullptr;
};
