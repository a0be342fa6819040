#include "ui/account/NavigationsPage.h"

#include "domain/account/AccountRecords.h"
#include "services/api/AccountService.h"
#include "ui/account/NavigationEditor.h"
#include "ui/common/FieldMessage.h"
#include "ui/common/MessageWidget.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

NavigationsPage::NavigationsPage(AccountService *account, QWidget *parent)
    : QWidget(parent), m_account(account)
{
    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    m_idEdit = new QLineEdit(this);
    m_idEdit->setPlaceholderText(tr("Navigation id, e.g. 5gbe4nkp6jsfq"));
    auto *openButton = new QPushButton(tr("Open"), this);
    auto *fresh = new QPushButton(tr("New navigation"), this);
    top->addWidget(new QLabel(tr("Navigation:"), this));
    top->addWidget(m_idEdit, 1);
    top->addWidget(openButton);
    top->addWidget(fresh);
    m_editor = new NavigationEditor(this);
    auto *bottom = new QHBoxLayout;
    m_createButton = new QPushButton(tr("Create navigation"), this);
    m_createButton->setToolTip(
        tr("The server derives the id from the name and the configuration: identical "
           "navigations get the same id."));
    m_status = new MessageWidget(MessageWidget::Style::Inline, this);
    bottom->addWidget(m_createButton);
    bottom->addWidget(m_status, 1);
    layout->addLayout(top);
    layout->addWidget(m_editor, 1);
    layout->addLayout(bottom);
    connect(openButton, &QPushButton::clicked, this, [this] { open(m_idEdit->text().trimmed()); });
    connect(m_idEdit, &QLineEdit::returnPressed, openButton, &QPushButton::click);
    connect(fresh, &QPushButton::clicked, this, [this] {
        m_editor->clear();
        m_shownId.clear();
        m_idEdit->clear();
        m_status->showInfo(
            tr("Add sections, items and groups, name it, then press Create navigation."));
    });
    connect(m_createButton, &QPushButton::clicked, this, &NavigationsPage::create);
}

void NavigationsPage::open(const QString &id)
{
    if (id.isEmpty())
        return;
    m_status->showInfo(tr("Loading %1…").arg(id));
    m_account->getNavigation(id, this, [this, id](const ApiResult<QJsonObject> &result) {
        if (!result.ok()) {
            // What the editor still shows is not the navigation asked for: say which it is.
            m_status->showError(m_shownId.isEmpty()
                                    ? tr("Could not open %1: %2").arg(id, result.error().message)
                                    : tr("Could not open %1: %2 The editor still shows %3.")
                                          .arg(id, result.error().message, m_shownId));
            return;
        }
        m_editor->setNavigation(Navigation(result.value()));
        m_shownId = id;
        m_status->showInfo(tr("Navigation %1.").arg(id));
        emit loaded(id);
    });
}

void NavigationsPage::create()
{
    FieldMessage::clear(m_editor->nameEdit());
    if (m_editor->name().isEmpty()) {
        FieldMessage::show(m_editor->nameEdit(), tr("Give the navigation a name first."));
        m_status->showError(tr("Give the navigation a name first."));
        return;
    }
    const QJsonObject configuration = m_editor->configuration();
    if (configuration.isEmpty()) {
        m_status->showError(tr("Add at least one section first."));
        return;
    }
    m_status->showInfo(tr("Creating…"));
    m_account->createNavigation(
        m_editor->name(), configuration, this, [this](const ApiResult<QJsonObject> &result) {
            if (!result.ok()) {
                m_status->showError(tr("Not created: %1").arg(result.error().message));
                return;
            }
            const Navigation navigation(result.value());
            m_idEdit->setText(navigation.id());
            m_editor->setNavigation(navigation);
            m_shownId = navigation.id();
            m_status->showPositive(
                tr("Created. The server derived the id %1 from its content.").arg(navigation.id()));
            emit created(navigation.id());
        });
}

void NavigationsPage::setReadOnly(bool readOnly)
{
    m_createButton->setEnabled(!readOnly);
}
