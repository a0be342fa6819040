#include "ui/organization/OrganizationPane.h"

#include "domain/organization/Organization.h"
#include "services/api/OrganizationService.h"
#include "services/network/ApiCall.h"
#include "services/session/Session.h"
#include "ui/common/JsonEditor.h"
#include "ui/common/MessageWidget.h"
#include "ui/organization/FeatureSettingsPage.h"
#include "ui/organization/OrganizationDetailsPage.h"
#include "ui/organization/OrganizationSettingsPage.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QTabWidget>
#include <QVBoxLayout>

namespace {

// Pages with many fields scroll instead of forcing a large minimum window size.
QScrollArea *scrollable(QWidget *page)
{
    auto *area = new QScrollArea;
    area->setWidget(page);
    area->setWidgetResizable(true);
    area->setFrameShape(QFrame::NoFrame);
    return area;
}

} // namespace

OrganizationPane::OrganizationPane(Session *session, QWidget *parent) : Pane(session, parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(createTopBar());
    // The tabs first: the focus chain follows the order widgets are made in.
    m_tabs = new QTabWidget(this);
    m_details = new OrganizationDetailsPage(session, m_tabs);
    m_settings = new OrganizationSettingsPage(session, m_tabs);
    m_features = new FeatureSettingsPage(session, m_tabs);
    m_tabs->addTab(scrollable(m_details), tr("Details"));
    m_tabs->addTab(m_features, tr("Features"));
    m_tabs->addTab(m_settings, tr("Advanced"));
    layout->addWidget(m_tabs, 1);

    connect(m_details, &OrganizationDetailsPage::saved, this, &OrganizationPane::saved);
    connect(m_details, &OrganizationDetailsPage::saveFailed, this, &OrganizationPane::saveFailed);
    connect(m_settings, &OrganizationSettingsPage::settingsChanged, this,
            &OrganizationPane::settingsChanged);
    connect(m_settings, &OrganizationSettingsPage::settingFailed, this,
            &OrganizationPane::settingFailed);
    // The two pages show the same settings: a change on one is read again by the other.
    connect(m_settings, &OrganizationSettingsPage::settingsChanged, m_features,
            &FeatureSettingsPage::reloadSettings);
    connect(m_features, &FeatureSettingsPage::settingChanged, this, [this] {
        if (!m_settings->hasUnsavedChanges() && !m_settings->isSaving())
            m_settings->load(m_details->organizationId());
        emit settingsChanged();
    });

    // The first time the signed-in user is known, load; later the user's organization changes.
    connect(session, &Session::meChanged, this, [this] {
        if (m_details->organization().isEmpty() && !m_loadCall)
            reload();
    });
    if (!session->me().isEmpty())
        reload(); // built after sign-in (pages are built when first shown)
    connect(session, &Session::organizationChanged, this, [this] {
        m_requestedId.clear();
        m_organizationIdEdit->clear();
        reload();
    });
}

QLayout *OrganizationPane::createTopBar()
{
    auto *top = new QHBoxLayout;
    m_organizationIdEdit = new QLineEdit(this);
    m_organizationIdEdit->setPlaceholderText(tr("Organization id (empty: the current one)"));
    m_organizationIdEdit->setMaximumWidth(280);
    auto *open = new QPushButton(tr("Open"), this);
    auto *current = new QPushButton(tr("Current organization"), this);
    top->addWidget(new QLabel(tr("Organization:"), this));
    top->addWidget(m_organizationIdEdit);
    top->addWidget(open);
    top->addWidget(current);
    top->addStretch();
    connect(open, &QPushButton::clicked, this,
            [this] { openOrganization(m_organizationIdEdit->text().trimmed()); });
    connect(m_organizationIdEdit, &QLineEdit::returnPressed, open, &QPushButton::click);
    connect(current, &QPushButton::clicked, this, [this] {
        m_organizationIdEdit->clear();
        openOrganization({});
    });
    return top;
}

QString OrganizationPane::title() const
{
    return tr("Organization");
}

void OrganizationPane::reload()
{
    openOrganization(m_requestedId);
}

void OrganizationPane::openOrganization(const QString &organizationId)
{
    if (m_loadCall)
        m_loadCall->cancel();
    m_requestedId = organizationId;
    m_details->status()->showInfo(tr("Loading…"));
    auto done = [this](const ApiResult<QJsonObject> &result) {
        if (!result.ok()) {
            if (!result.error().isCancelled())
                m_details->status()->showError(
                    tr("Could not load the organization: %1").arg(result.error().message));
            return;
        }
        m_details->load(Organization(result.value()));
        m_details->status()->clear();
        m_settings->load(m_details->organizationId());
        m_features->load(m_details->organization());
        emit loaded();
    };
    OrganizationService *service = session()->organizations();
    m_loadCall = organizationId.isEmpty() ? service->getCurrentOrganization(this, done)
                                          : service->getOrganization(organizationId, this, done);
}

QString OrganizationPane::organizationId() const
{
    return m_details->organizationId();
}

QJsonObject OrganizationPane::changes() const
{
    return m_details->changes();
}

bool OrganizationPane::hasUnsavedChanges() const
{
    return m_details->hasUnsavedChanges() || m_settings->hasUnsavedChanges();
}

bool OrganizationPane::isSaving() const
{
    return m_pendingSaves > 0 || m_details->isSaving() || m_settings->isSaving() ||
           m_features->isSaving();
}

void OrganizationPane::save()
{
    if (m_pendingSaves > 0)
        return; // the running save reports
    QList<QWidget *> pages;
    if (m_details->hasUnsavedChanges() || m_details->isSaving())
        pages << m_details;
    if (m_settings->hasUnsavedChanges() || m_settings->isSaving())
        pages << m_settings;
    if (m_features->isSaving()) // a switch writes at once; its save is waited for
        pages << m_features;
    if (pages.isEmpty()) {
        reportSaved(true);
        return;
    }
    m_pendingSaves = int(pages.size());
    m_allSaved = true;
    auto collect = [this](bool saved) {
        m_allSaved = m_allSaved && saved;
        if (--m_pendingSaves == 0)
            reportSaved(m_allSaved);
    };
    // One outcome per page: a page saving already reports the save it is running.
    if (pages.contains(m_details))
        connect(m_details, &OrganizationDetailsPage::saveFinished, this, collect,
                Qt::SingleShotConnection);
    if (pages.contains(m_settings))
        connect(m_settings, &OrganizationSettingsPage::saveFinished, this, collect,
                Qt::SingleShotConnection);
    if (pages.contains(m_features))
        connect(m_features, &FeatureSettingsPage::saveFinished, this, collect,
                Qt::SingleShotConnection);
    if (pages.contains(m_details))
        m_details->save();
    if (pages.contains(m_settings))
        m_settings->save();
}

void OrganizationPane::discard()
{
    m_details->discard();
    m_settings->discard();
}

void OrganizationPane::setReadOnly(bool readOnly)
{
    m_details->setReadOnly(readOnly);
    m_settings->setReadOnly(readOnly);
    m_features->setReadOnly(readOnly);
}

void OrganizationPane::createNew()
{
    m_tabs->setCurrentWidget(m_settings);
    m_settings->askForNewKey();
}

void OrganizationPane::deleteSelection()
{
    if (m_tabs->currentWidget() == m_settings)
        m_settings->deleteSetting();
}

QLineEdit *OrganizationPane::field(const QString &key) const
{
    return m_details->field(key);
}

QPlainTextEdit *OrganizationPane::signatureEdit() const
{
    return m_details->signatureEdit();
}

MessageWidget *OrganizationPane::statusLabel() const
{
    return m_details->status();
}

QLabel *OrganizationPane::logoLabel() const
{
    return m_details->logoLabel();
}

QTableWidget *OrganizationPane::settingsTable() const
{
    return m_settings->table();
}

JsonEditor *OrganizationPane::settingEditor() const
{
    return m_settings->editor();
}

QCheckBox *OrganizationPane::settingEnabledBox() const
{
    return m_settings->enabledBox();
}

QPushButton *OrganizationPane::saveSettingButton() const
{
    return m_settings->saveButton();
}

bool OrganizationPane::selectSetting(const QString &key)
{
    return m_settings->selectSetting(key);
}

void OrganizationPane::addSetting(const QString &key)
{
    m_settings->addSetting(key);
}

void OrganizationPane::saveSetting()
{
    m_settings->save();
}

void OrganizationPane::deleteSetting()
{
    m_settings->deleteSetting();
}

QJsonObject OrganizationPane::settings() const
{
    return m_settings->settings();
}
