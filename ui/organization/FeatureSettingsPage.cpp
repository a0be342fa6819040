#include "ui/organization/FeatureSettingsPage.h"

#include "controllers/ConflictCheckedSave.h"
#include "domain/organization/SettingValue.h"
#include "services/api/OrganizationService.h"
#include "services/session/Session.h"
#include "ui/common/Confirmation.h"
#include "ui/common/ConflictDialog.h"
#include "ui/common/MessageWidget.h"
#include "ui/common/Theme.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QScrollArea>
#include <QStyle>
#include <QVBoxLayout>

FeatureSettingsPage::FeatureSettingsPage(Session *session, QWidget *parent)
    : QWidget(parent), m_session(session)
{
    auto *layout = new QVBoxLayout(this);
    m_status = new MessageWidget(MessageWidget::Style::Inline, this);
    layout->addWidget(m_status);
    auto *area = new QScrollArea(this);
    area->setWidgetResizable(true);
    area->setFrameShape(QFrame::NoFrame);
    m_list = new QWidget(area);
    auto *listLayout = new QVBoxLayout(m_list);
    m_rows = new QVBoxLayout;
    m_rows->setSpacing(14);
    listLayout->addLayout(m_rows);
    listLayout->addSpacing(10);
    m_footer = new QLabel(m_list);
    m_footer->setWordWrap(true);
    m_footer->setStyleSheet(Theme::textStyle(Theme::Color::MutedText));
    listLayout->addWidget(m_footer);
    listLayout->addStretch();
    area->setWidget(m_list);
    // The list lies on the tab's own background.
    area->viewport()->setAutoFillBackground(false);
    m_list->setAutoFillBackground(false);
    layout->addWidget(area, 1);
}

void FeatureSettingsPage::load(const Organization &organization)
{
    m_organization = organization;
    m_featuresLoaded = false;
    m_settingsLoaded = false;
    m_status->showInfo(tr("Loading features…"));
    m_session->organizations()->getOrganizationFeatureSettings(
        this, [this](const ApiResult<QJsonObject> &result) {
            if (!result.ok()) {
                m_status->showError(
                    tr("Features could not be loaded: %1").arg(result.error().message));
                return;
            }
            m_features = FeatureSettings(result.value());
            m_featuresLoaded = true;
            showFeatures();
        });
    readSettings();
}

void FeatureSettingsPage::reloadSettings()
{
    if (!isSaving() && !m_organization.id().isEmpty())
        readSettings();
}

void FeatureSettingsPage::readSettings()
{
    m_session->organizations()->getSettings(
        m_organization.id(), this, [this](const ApiResult<QJsonObject> &result) {
            if (!result.ok()) {
                m_status->showError(tr("Could not read the organization's settings: %1")
                                        .arg(result.error().message));
                return;
            }
            m_settings = result.value();
            m_settingsLoaded = true;
            showFeatures();
        });
}

void FeatureSettingsPage::showFeatures()
{
    if (!m_featuresLoaded || !m_settingsLoaded)
        return;
    if (m_status->level() == MessageWidget::Level::Info)
        m_status->clear();
    while (QLayoutItem *item = m_rows->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_shown.clear();
    const FeatureContext context{m_settings, m_organization.pricingTier(),
                                 m_organization.isPartner()};
    int hidden = 0;
    for (const FeatureFlag &feature : m_features.features()) {
        const FeatureVisibility visibility = visibilityOf(feature, context);
        if (visibility == FeatureVisibility::Hidden || feature.name().isEmpty()) {
            ++hidden;
            continue;
        }
        QWidget *row = createRow(feature, visibility == FeatureVisibility::Unsure);
        m_rows->addWidget(row);
        row->show(); // now, not when the layout gets round to it
        updateRow(feature);
    }
    m_footer->setText(hidden == 0
                          ? QString()
                          : tr("%n more feature(s) not shown: epilot offers them only under "
                               "conditions this organization does not meet.",
                               nullptr, hidden));
    if (m_shown.isEmpty() && hidden == 0)
        m_status->showInfo(tr("epilot offers no features to switch for this organization."));
}

QWidget *FeatureSettingsPage::createRow(const FeatureFlag &feature, bool unsure)
{
    auto *row = new QWidget(m_list);
    row->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum); // spare room goes below
    auto *layout = new QVBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    auto *head = new QHBoxLayout;
    Row parts;
    parts.toggle = new QCheckBox(feature.title(), row);
    QFont bold = parts.toggle->font();
    bold.setBold(true);
    parts.toggle->setFont(bold);
    head->addWidget(parts.toggle);
    parts.badge = new QLabel(badgeText(feature.badge()), row);
    const Theme::Color background = feature.badge() == QLatin1String("deprecated")
                                        ? Theme::Color::WarningBackground
                                        : Theme::Color::InfoBackground;
    parts.badge->setStyleSheet(
        QStringLiteral(
            "QLabel { background: %1; color: %2; border-radius: 8px; padding: 1px 8px; }")
            .arg(Theme::name(background), Theme::name(Theme::Color::TextOnBackground)));
    parts.badge->setVisible(!feature.badge().isEmpty());
    head->addWidget(parts.badge);
    head->addStretch();
    layout->addLayout(head);
    // Indented under the switch's text, as the portal lays it out.
    const int indent = style()->pixelMetric(QStyle::PM_IndicatorWidth) +
                       style()->pixelMetric(QStyle::PM_CheckBoxLabelSpacing);
    parts.description = new QLabel(feature.description(), row);
    parts.description->setWordWrap(true);
    parts.description->setStyleSheet(Theme::textStyle(Theme::Color::MutedText));
    parts.description->setContentsMargins(indent, 0, 0, 0);
    parts.description->setVisible(!feature.description().isEmpty());
    layout->addWidget(parts.description);
    parts.note = new QLabel(row);
    parts.note->setWordWrap(true);
    parts.note->setContentsMargins(indent, 0, 0, 0);
    parts.note->hide(); // until updateRow() has something to say
    layout->addWidget(parts.note);
    parts.unsure = unsure;
    connect(parts.toggle, &QCheckBox::clicked, this,
            [this, feature](bool checked) { switchFeature(feature, checked); });
    m_shown.insert(feature.name(), parts);
    return row;
}

void FeatureSettingsPage::updateRow(const FeatureFlag &feature)
{
    const Row parts = m_shown.value(feature.name());
    if (!parts.toggle)
        return;
    const bool checked = feature.isChecked(m_settings.value(feature.name()));
    const QSignalBlocker blocker(parts.toggle);
    parts.toggle->setChecked(checked);
    const bool locked = feature.isOneWay() && checked;
    parts.toggle->setEnabled(!m_readOnly && !isSaving() && !locked);
    QStringList notes;
    if (feature.isOneWay())
        notes << (checked ? tr("Switched on for good: this feature cannot be switched off again.")
                          : tr("Once switched on, this feature cannot be switched off again."));
    if (parts.unsure)
        notes << tr("epilot may not offer this to everyone: it depends on a release or a "
                    "permission that cannot be checked here.");
    // The one-way warning matters before switching; the visibility note is only for reading.
    parts.note->setStyleSheet(
        Theme::textStyle(feature.isOneWay() ? Theme::Color::WarningText : Theme::Color::MutedText));
    parts.note->setText(notes.join(QLatin1Char(' ')));
    parts.note->setVisible(!notes.isEmpty());
}

QString FeatureSettingsPage::badgeText(const QString &badge) const
{
    if (badge == QLatin1String("alpha"))
        return tr("Alpha");
    if (badge == QLatin1String("beta"))
        return tr("Beta");
    if (badge == QLatin1String("new"))
        return tr("New");
    if (badge == QLatin1String("advanced"))
        return tr("Advanced");
    if (badge == QLatin1String("experiment"))
        return tr("Experiment");
    if (badge == QLatin1String("deprecated"))
        return tr("Deprecated");
    return badge;
}

void FeatureSettingsPage::switchFeature(const FeatureFlag &feature, bool checked)
{
    if (m_readOnly || isSaving() || (feature.isOneWay() && !checked)) {
        updateRow(feature); // back to the stored state
        return;
    }
    if (feature.isOneWay() &&
        !Confirmation::ask(this, tr("Switch on %1").arg(feature.title()),
                           tr("\"%1\" cannot be switched off again once it is on. Switch it on "
                              "for the whole organization?")
                               .arg(feature.title()),
                           tr("Switch on"))) {
        updateRow(feature);
        return;
    }
    const QJsonValue attempted = feature.settingFor(checked, m_settings.value(feature.name()));
    if (m_save)
        m_save->deleteLater();
    m_save = newSave(feature, attempted);
    QJsonObject base;
    if (m_settings.contains(feature.name()))
        base.insert(feature.name(), m_settings.value(feature.name()));
    m_save->setBase(base);
    m_status->showInfo(tr("Saving %1…").arg(feature.title()));
    for (const FeatureFlag &shown : m_features.features())
        updateRow(shown); // no second switch while this one saves
    m_save->save({{feature.name(), attempted}});
    for (const FeatureFlag &shown : m_features.features())
        updateRow(shown);
}

ConflictCheckedSave *FeatureSettingsPage::newSave(const FeatureFlag &feature,
                                                  const QJsonValue &attempted)
{
    const QString organizationId = m_organization.id();
    const QString key = feature.name();
    auto read = [this, organizationId, key](QObject *context, ConflictCheckedSave::Values done,
                                            ConflictCheckedSave::Failure failed) {
        m_session->organizations()->getSettings(
            organizationId, context, [key, done, failed](const ApiResult<QJsonObject> &result) {
                if (!result.ok())
                    return failed(result.error().message);
                QJsonObject theirs;
                if (result.value().contains(key))
                    theirs.insert(key, result.value().value(key));
                done(theirs);
            });
    };
    auto send = [this, organizationId, key](const QJsonObject &changes, const QJsonObject &,
                                            QObject *context, ConflictCheckedSave::Values done,
                                            ConflictCheckedSave::Failure failed) {
        const QJsonValue value = changes.value(key);
        m_session->organizations()->putSettingsValue(
            organizationId, key, SettingValue::compactJson(value), context,
            [key, value, done, failed](const ApiResult<void> &result) {
                if (!result.ok())
                    return failed(result.error().message);
                done({{key, value}});
            });
    };
    const auto onOff = [this, feature](const QJsonValue &value) {
        return feature.isChecked(value) ? tr("On") : tr("Off");
    };
    auto *save = new ConflictCheckedSave({{key, feature.title(), onOff}}, read, send, this);
    save->setAsk([this](const FieldConflict &conflict, ConflictCheckedSave::Answer answer) {
        ConflictDialog::ask(this, conflict, this, answer);
    });
    connect(save, &ConflictCheckedSave::rebased, this,
            [this, key](const QJsonObject &, const QJsonObject &base) {
                if (base.contains(key))
                    m_settings.insert(key, base.value(key));
                else
                    m_settings.remove(key);
            });
    connect(save, &ConflictCheckedSave::saved, this,
            [this, key](const QJsonObject &stored) { m_settings.insert(key, stored.value(key)); });
    auto failure = std::make_shared<QString>();
    connect(save, &ConflictCheckedSave::failed, this,
            [failure](const QString &message) { *failure = message; });
    connect(save, &ConflictCheckedSave::finished, this,
            [this, feature, attempted, failure](ConflictCheckedSave::Outcome outcome) {
                QString message = *failure;
                if (outcome == ConflictCheckedSave::Outcome::Conflicted)
                    message = tr("someone else changed it meanwhile; their setting is shown.");
                const bool saved = outcome == ConflictCheckedSave::Outcome::Saved &&
                                   m_settings.value(feature.name()) == attempted;
                finishSave(feature, saved, message);
            });
    return save;
}

void FeatureSettingsPage::finishSave(const FeatureFlag &feature, bool saved, const QString &message)
{
    if (m_save)
        m_save->deleteLater();
    m_save = nullptr;
    const bool on = feature.isChecked(m_settings.value(feature.name()));
    if (saved)
        m_status->showPositive(on ? tr("%1 is on.").arg(feature.title())
                                  : tr("%1 is off.").arg(feature.title()));
    else if (!message.isEmpty())
        m_status->showError(tr("%1 not changed: %2").arg(feature.title(), message));
    else
        m_status->showInfo(
            tr("%1 was changed elsewhere; the setting as stored is shown.").arg(feature.title()));
    for (const FeatureFlag &shown : m_features.features())
        updateRow(shown);
    if (!saved)
        readSettings(); // show the setting as the server holds it now
    else
        emit settingChanged(feature.name());
    emit saveFinished(saved);
}

bool FeatureSettingsPage::isSaving() const
{
    return m_save && m_save->isSaving();
}

void FeatureSettingsPage::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    for (const FeatureFlag &feature : m_features.features())
        updateRow(feature);
}

QStringList FeatureSettingsPage::shownFeatures() const
{
    QStringList names;
    for (const FeatureFlag &feature : m_features.features()) {
        if (m_shown.contains(feature.name()))
            names << feature.name();
    }
    return names;
}

QCheckBox *FeatureSettingsPage::switchOf(const QString &feature) const
{
    return m_shown.value(feature).toggle;
}

QLabel *FeatureSettingsPage::descriptionOf(const QString &feature) const
{
    return m_shown.value(feature).description;
}

QLabel *FeatureSettingsPage::badgeOf(const QString &feature) const
{
    return m_shown.value(feature).badge;
}
