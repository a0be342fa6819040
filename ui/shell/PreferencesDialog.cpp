#include "ui/shell/PreferencesDialog.h"

#include "ui/shell/InterfaceLanguage.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

PreferencesDialog::PreferencesDialog(QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Preferences"));
    setAccessibleName(windowTitle());

    m_language = new QComboBox(this);
    const QString system =
        InterfaceLanguage::nativeName(InterfaceLanguage::resolve({}, QLocale::system()));
    m_language->addItem(tr("System language (%1)").arg(system), QString());
    for (const QString &code : InterfaceLanguage::available())
        m_language->addItem(InterfaceLanguage::nativeName(code), code);
    m_language->setCurrentIndex(m_language->findData(InterfaceLanguage::chosen()));
    m_language->setAccessibleName(tr("Interface language"));
    m_language->setToolTip(
        tr("Language of menus, panes and messages; dates and numbers follow it as well."));

    m_note = new QLabel(this);
    m_note->setWordWrap(true);
    m_note->setAccessibleName(tr("Note"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Language:"), m_language);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &PreferencesDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &PreferencesDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_note);
    layout->addStretch();
    layout->addWidget(buttons);

    connect(m_language, &QComboBox::currentIndexChanged, this, &PreferencesDialog::updateNote);
    updateNote();
    resize(sizeHint().expandedTo(QSize(420, 0)));
}

void PreferencesDialog::accept()
{
    const QString previous = InterfaceLanguage::chosen();
    const QString chosen = m_language->currentData().toString();
    InterfaceLanguage::choose(chosen);
    QDialog::accept();
    if (InterfaceLanguage::resolve(chosen, QLocale::system()) != InterfaceLanguage::current())
        emit languageChosen(previous);
}

void PreferencesDialog::updateNote()
{
    const QString code =
        InterfaceLanguage::resolve(m_language->currentData().toString(), QLocale::system());
    m_note->setText(code == InterfaceLanguage::current()
                        ? QString()
                        : tr("The interface switches to %1 at once; pages with unsaved changes "
                             "ask first.")
                              .arg(InterfaceLanguage::nativeName(code)));
}
