#pragma once

#include <QDialog>

class QComboBox;
class QLabel;

// Edit > Preferences: the interface language (system or a fixed one). Applies at the next start,
// which the dialog says, because panes format dates and build their texts once.
class PreferencesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PreferencesDialog(QWidget *parent = nullptr);

    void accept() override;

private:
    void updateNote();

    QComboBox *m_language = nullptr;
    QLabel *m_note = nullptr;
};
