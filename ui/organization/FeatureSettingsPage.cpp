#include "ui/organization/FeatureSettingsPage.h"

#include "domain/organization/FeatureSettings.h"
#include "services/api/OrganizationService.h"
#include "services/session/Session.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

FeatureSettingsPage::FeatureSettingsPage(Session *session, QWidget *parent)
    : QWidget(parent), m_session(session)
{
    auto *layout = new QVBoxLayout(this);
    m_note = new QLabel(this);
    m_note->setWordWrap(true);
    m_table = new QTableWidget(this);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_note);
    layout->addWidget(m_table, 1);
}

void FeatureSettingsPage::load()
{
    m_session->organizations()->getOrganizationFeatureSettings(
        this, [this](const ApiResult<QJsonObject> &result) {
            if (!result.ok()) {
                m_note->setText(
                    tr("Feature settings could not be loaded: %1").arg(result.error().message));
                return;
            }
            const FeatureSettings features(result.value());
            m_note->setText(tr("Feature flags of the organization (version %1, read-only). The "
                               "older getFeatureSettings operation serves the same data; the API "
                               "console reaches both.")
                                .arg(features.version()));
            const QStringList &columns = features.columns();
            m_table->clear();
            m_table->setColumnCount(int(columns.size()));
            m_table->setHorizontalHeaderLabels(columns);
            m_table->setRowCount(features.flagCount());
            for (int row = 0; row < features.flagCount(); ++row) {
                for (int column = 0; column < columns.size(); ++column)
                    m_table->setItem(row, column,
                                     new QTableWidgetItem(features.cell(row, columns.at(column))));
            }
            m_table->resizeColumnsToContents();
        });
}
