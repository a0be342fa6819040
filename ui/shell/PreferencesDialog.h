#pragma once

#include <QDialog>

class QComboBox;
class QLabel;

// Edit > Preferences: the interface language (system or a fixed one). OK saves the choice and
// emits languageChosen; the main window then switches the interface at once (after asking pages
// with unsaved changes), without a restart.
class PreferencesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PreferencesDialog(QWidget *parent = nullptr);

    void accept() override;
    QComboBox *languageBox() const { return m_language; }

signals:
    // OK with a language other than the one in use; `previous` is the choice before (to put
    // back if the switch does not happen).
    void languageChosen(const QString &previous);

private:
    void updateNote();

    QComboBox *m_language = nullptr;
    QLabel *m_note = nullptr;
};
