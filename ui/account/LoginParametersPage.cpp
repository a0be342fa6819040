#include "domain/account/PublicAccount.h"
#include "services/api/AccountService.h"
#include "ui/account/AccountToolPages.h"
#include "ui/common/MessageWidget.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

LoginParametersPage::LoginParametersPage(AccountService *account, QWidget *parent)
    : AccountToolPage(account, parent)
{
    auto *layout = new QVBoxLayout(this);
    auto *row = new QHBoxLayout;
    m_username = new QLineEdit(this);
    m_username->setPlaceholderText(tr("Username (e-mail address)"));
    m_version = new QComboBox(this);
    m_version->addItem(tr("V2 (getUserLoginParametersV2)"), 2);
    m_version->addItem(tr("V1 (getUserLoginParameters)"), 1);
    auto *lookUpButton = new QPushButton(tr("Look up"), this);
    row->addWidget(new QLabel(tr("Username:"), this));
    row->addWidget(m_username, 1);
    row->addWidget(m_version);
    row->addWidget(lookUpButton);
    connect(lookUpButton, &QPushButton::clicked, this, &LoginParametersPage::lookUp);
    connect(m_username, &QLineEdit::returnPressed, lookUpButton, &QPushButton::click);
    m_table = new QTableWidget(this);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_result = new MessageWidget(MessageWidget::Style::Inline, this);
    layout->addLayout(row);
    layout->addWidget(m_result);
    layout->addWidget(m_table, 1);
}

void LoginParametersPage::lookUp()
{
    const QString username = m_username->text().trimmed();
    if (username.isEmpty())
        return report(m_result, tr("Enter a username."), false);
    auto show = [this](const ApiResult<QJsonArray> &result) {
        if (!result.ok())
            return report(m_result, result.error().message, false);
        const LoginParameters parameters(result.value());
        const QStringList &columns = parameters.columns();
        m_table->clear();
        m_table->setColumnCount(int(columns.size()));
        m_table->setHorizontalHeaderLabels(columns);
        m_table->setRowCount(parameters.count());
        for (int row = 0; row < parameters.count(); ++row) {
            for (int column = 0; column < columns.size(); ++column)
                m_table->setItem(row, column,
                                 new QTableWidgetItem(parameters.cell(row, columns.at(column))));
        }
        m_table->resizeColumnsToContents();
        report(m_result,
               parameters.count() == 0 ? tr("No organization knows this username.")
                                       : tr("%n organization(s).", nullptr, parameters.count()),
               true);
    };
    if (m_version->currentData().toInt() == 2)
        account()->getUserLoginParametersV2(username, this, show);
    else
        account()->getUserLoginParameters(username, this, show);
}
