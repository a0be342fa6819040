#include "ui/roles/PersonAccessPage.h"

#include "controllers/SearchDebouncer.h"
#include "domain/grants/GrantCatalog.h"
#include "models/UserListModel.h"
#include "services/session/Session.h"
#include "ui/common/EmptyStateOverlay.h"
#include "ui/common/FieldMessage.h"
#include "ui/common/MessageWidget.h"
#include "ui/common/Theme.h"

#include <QComboBox>
#include <QFontMetrics>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTreeView>
#include <QTreeWidget>
#include <QVBoxLayout>

PersonAccessPage::PersonAccessPage(Session *session, QWidget *parent)
    : QWidget(parent), m_session(session), m_model(new UserListModel(session->users(), this)),
      m_debouncer(new SearchDebouncer(this))
{
    buildUi();
    connect(m_debouncer, &SearchDebouncer::searchRequested, m_model, &UserListModel::setQuery);
}

void PersonAccessPage::buildUi()
{
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("personSearch"));
    m_search->setPlaceholderText(tr("Search people by name or e-mail"));
    m_search->setClearButtonEnabled(true);
    connect(m_search, &QLineEdit::textEdited, m_debouncer, &SearchDebouncer::setText);
    connect(m_search, &QLineEdit::returnPressed, m_debouncer, &SearchDebouncer::flush);
    m_people = new QTreeView(this);
    m_people->setObjectName(QStringLiteral("people"));
    m_people->setModel(m_model);
    m_people->setRootIsDecorated(false);
    m_people->setUniformRowHeights(true);
    m_people->setSelectionMode(QAbstractItemView::SingleSelection);
    m_people->setSelectionBehavior(QAbstractItemView::SelectRows);
    for (int column = 0; column < UserListModel::ColumnCount; ++column)
        m_people->setColumnHidden(column,
                                  column != UserListModel::Name && column != UserListModel::Email);
    m_people->header()->setSectionResizeMode(UserListModel::Name, QHeaderView::ResizeToContents);
    connect(m_people->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &PersonAccessPage::pickCurrent);
    (new EmptyStateOverlay(m_people, tr("No people match the search.")))->follow(m_model);
    auto *pickColumn = new QWidget(this);
    auto *pickLayout = new QVBoxLayout(pickColumn);
    pickLayout->setContentsMargins(0, 0, 0, 0);
    pickLayout->addWidget(m_search);
    pickLayout->addWidget(m_people, 1);

    m_personLabel = new QLabel(tr("Pick a person to see what they may do and why."), this);
    m_personLabel->setTextFormat(Qt::PlainText);
    QFont heading = m_personLabel->font();
    heading.setBold(true);
    m_personLabel->setFont(heading);
    m_rolesLabel = new QLabel(this);
    m_rolesLabel->setTextFormat(Qt::PlainText);
    m_rolesLabel->setWordWrap(true);
    m_status = new MessageWidget(MessageWidget::Style::Inline, this);
    m_effective = new QTreeWidget(this);
    m_effective->setObjectName(QStringLiteral("effectivePermissions"));
    m_effective->setColumnCount(ColumnCount);
    m_effective->setHeaderLabels({tr("Effect"), tr("Action"), tr("Resource"), tr("Only where"),
                                  tr("From role"), tr("Counts")});
    m_effective->setRootIsDecorated(false);
    m_effective->setWordWrap(true);
    m_effective->header()->setSectionResizeMode(QHeaderView::Interactive);
    m_effective->header()->setStretchLastSection(true);
    // The effect's word whole in either language ("verbieten"); the rest fits 1280 px.
    const QFontMetrics metrics(m_effective->font());
    m_effective->setColumnWidth(
        EffectColumn,
        qMax(metrics.horizontalAdvance(tr("allow")), metrics.horizontalAdvance(tr("deny"))) + 24);
    m_effective->setColumnWidth(ActionColumn, 140);
    m_effective->setColumnWidth(ResourceColumn, 120);
    m_effective->setColumnWidth(ConditionsColumn, 150);
    m_effective->setColumnWidth(RoleColumn, 140);

    m_action = new QComboBox(this);
    m_action->setObjectName(QStringLiteral("whatIfAction"));
    m_action->setEditable(true);
    m_action->addItems(GrantCatalog::commonActions());
    m_action->setCurrentText(QString());
    m_resource = new QLineEdit(this);
    m_resource->setObjectName(QStringLiteral("whatIfResource"));
    m_resource->setPlaceholderText(tr("e.g. opportunity:4f1c… (empty: no resource)"));
    m_attributes = new QPlainTextEdit(this);
    m_attributes->setObjectName(QStringLiteral("whatIfAttributes"));
    m_attributes->setPlaceholderText(
        tr("One per line, e.g.\nstatus=open\nassignee.0.user_id=%1").arg(tr("<user id>")));
    m_attributes->setTabChangesFocus(true);
    m_attributes->setFixedHeight(m_attributes->fontMetrics().lineSpacing() * 4 + 12);
    m_check = new QPushButton(tr("Check"), this);
    connect(m_check, &QPushButton::clicked, this, &PersonAccessPage::checkWhatIf);
    m_result = new QLabel(this);
    m_result->setObjectName(QStringLiteral("whatIfResult"));
    m_result->setTextFormat(Qt::PlainText);
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_result->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    auto *whatIf = new QGroupBox(tr("What if… (an approximation of the server's decision)"), this);
    auto *form = new QFormLayout;
    form->addRow(tr("Action:"), m_action);
    form->addRow(tr("Resource:"), m_resource);
    form->addRow(tr("Attributes:"), m_attributes);
    auto *checkRow = new QHBoxLayout;
    checkRow->addWidget(m_check);
    checkRow->addStretch(1);
    form->addRow(QString(), checkRow);
    auto *whatIfLayout = new QHBoxLayout(whatIf);
    whatIfLayout->addLayout(form, 1);
    whatIfLayout->addWidget(m_result, 1);

    auto *details = new QWidget(this);
    auto *detailsLayout = new QVBoxLayout(details);
    detailsLayout->setContentsMargins(0, 0, 0, 0);
    detailsLayout->addWidget(m_personLabel);
    detailsLayout->addWidget(m_rolesLabel);
    detailsLayout->addWidget(m_status);
    detailsLayout->addWidget(m_effective, 1);
    detailsLayout->addWidget(whatIf);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(pickColumn);
    splitter->addWidget(details);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({300, 900});
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);
    clearPerson();
}

void PersonAccessPage::setActive(bool active)
{
    m_model->setActive(active);
}

void PersonAccessPage::restart()
{
    clearPerson();
    m_model->restart();
}

void PersonAccessPage::focusSearch()
{
    m_search->setFocus();
    m_search->selectAll();
}

void PersonAccessPage::setRoles(const QList<PermissionRole> &roles)
{
    m_roles = roles;
    showPermissions();
}

void PersonAccessPage::pickCurrent()
{
    const QModelIndex current = m_people->currentIndex();
    if (!current.isValid())
        return;
    const UserRow &row = m_model->row(current.row());
    showPerson(row.id, row.name.isEmpty() ? row.email : row.name);
}

void PersonAccessPage::clearPerson()
{
    ++m_request;
    m_userId.clear();
    m_roleIds.clear();
    m_rolesKnown = false;
    m_loading = false;
    m_permissions.reset();
    m_decision.reset();
    m_effective->clear();
    m_rolesLabel->clear();
    m_result->clear();
    m_status->clear();
    m_personLabel->setText(tr("Pick a person to see what they may do and why."));
    m_check->setEnabled(false);
}

void PersonAccessPage::showPerson(const QString &userId, const QString &label)
{
    if (userId.isEmpty() || (userId == m_userId && (m_loading || m_rolesKnown)))
        return;
    clearPerson();
    m_userId = userId;
    m_label = label;
    m_loading = true;
    m_personLabel->setText(label);
    m_status->showInfo(tr("Loading the roles of %1…").arg(label));
    const quint64 request = m_request;
    m_session->permissions()->getAssignedRolesForUser(
        userId, this, [this, request](const ApiResult<QJsonArray> &result) {
            if (request != m_request)
                return;
            m_loading = false;
            QString error;
            const auto roleIds = result.ok()
                                     ? RoleAssignment::roleIdsFromJson(result.value(), &error)
                                     : std::nullopt;
            if (!roleIds) {
                m_status->showError(
                    tr("The roles of %1 could not be loaded: %2")
                        .arg(m_label, result.ok() ? error : result.error().message));
                return;
            }
            m_status->clear();
            m_roleIds = *roleIds;
            m_rolesKnown = true;
            showPermissions();
            emit personShown();
        });
}

void PersonAccessPage::reloadPerson()
{
    const QString userId = m_userId;
    const QString label = m_label;
    clearPerson();
    showPerson(userId, label);
}

QString PersonAccessPage::countsText(const EffectiveGrant &grant) const
{
    if (grant.isDeny())
        return tr("Deny: wins over any allow");
    const QString cap = grant.cappedBy ? grant.cappedBy->summary() : QString();
    if (grant.ceiling == RootCeiling::Outside)
        return cap.isEmpty() ? tr("No: the root role does not allow it")
                             : tr("No: the root role does not allow it (%1)").arg(cap);
    if (grant.denied == DenyOverlap::Fully)
        return tr("No: overridden by %1").arg(grant.deniedBy);
    QStringList parts;
    if (grant.ceiling == RootCeiling::Partly)
        parts << (cap.isEmpty() ? tr("the root role allows only part of it")
                                : tr("the root role allows only part of it (%1)").arg(cap));
    if (grant.denied == DenyOverlap::Partly)
        parts << tr("%1 wins where it applies").arg(grant.deniedBy);
    if (parts.isEmpty())
        return tr("Yes");
    return tr("Partly: %1").arg(parts.join(QStringLiteral("; ")));
}

void PersonAccessPage::showPermissions()
{
    m_effective->clear();
    if (!m_rolesKnown)
        return;
    const AccessRules rules(m_roles);
    m_permissions = rules.effectiveFor(m_userId, m_roleIds);
    const QLocale locale;
    QStringList lines;
    QStringList active;
    for (const PermissionRole &role : m_permissions->activeRoles)
        active << role.name();
    lines << (active.isEmpty() ? tr("Roles: none besides the root role, so nothing is allowed.")
                               : tr("Roles: %1").arg(active.join(QStringLiteral(", "))));
    QStringList expired;
    for (const PermissionRole &role : m_permissions->expiredRoles)
        expired << tr("%1 (expired %2)")
                       .arg(role.name(),
                            locale.toString(role.expiresAt().toLocalTime(), QLocale::ShortFormat));
    if (!expired.isEmpty())
        lines << tr("No longer effective: %1").arg(expired.join(QStringLiteral(", ")));
    if (!m_permissions->unknownRoleIds.isEmpty())
        lines << tr("Assigned roles this organization does not have: %1")
                     .arg(m_permissions->unknownRoleIds.join(QStringLiteral(", ")));
    lines << (m_permissions->rootRole
                  ? tr("Ceiling: \"%1\", the organization's root role. A grant counts only where "
                       "it allows as well.")
                        .arg(m_permissions->rootRole->name())
                  : tr("No root role was found, so nothing is capped."));
    m_rolesLabel->setText(lines.join(QLatin1Char('\n')));

    for (const EffectiveGrant &grant : m_permissions->grants) {
        QStringList conditions;
        for (const GrantCondition &condition : grant.grant.conditions())
            conditions << condition.summary();
        auto *item = new QTreeWidgetItem(m_effective);
        item->setText(EffectColumn, grant.isDeny() ? tr("deny") : tr("allow"));
        item->setText(ActionColumn, grant.grant.action());
        item->setText(ResourceColumn,
                      grant.grant.hasResource() ? grant.grant.resource() : tr("(every resource)"));
        item->setText(ConditionsColumn, conditions.join(tr(" and ")));
        item->setText(RoleColumn, grant.source());
        item->setText(CountsColumn, countsText(grant));
        item->setToolTip(CountsColumn, item->text(CountsColumn));
        item->setToolTip(ConditionsColumn, item->text(ConditionsColumn));
        const bool counts = grant.isDeny() || (grant.ceiling != RootCeiling::Outside &&
                                               grant.denied != DenyOverlap::Fully);
        Theme::Color colour = grant.isDeny()        ? Theme::Color::WarningText
                              : !counts             ? Theme::Color::ErrorText
                              : grant.countsFully() ? Theme::Color::SuccessText
                                                    : Theme::Color::WarningText;
        item->setForeground(CountsColumn, Theme::color(colour, palette()));
        if (!counts) {
            QFont font = item->font(ActionColumn);
            font.setStrikeOut(true);
            item->setFont(ActionColumn, font);
            item->setFont(ResourceColumn, font);
        }
    }
    m_check->setEnabled(true);
}

bool PersonAccessPage::checkWhatIf()
{
    WhatIfCheck::Question question;
    question.action = m_action->currentText().trimmed();
    question.resource = m_resource->text().trimmed();
    question.currentUserId = m_userId;
    QString attributesProblem;
    const QStringList lines = m_attributes->toPlainText().split(QLatin1Char('\n'));
    for (int index = 0; index < lines.size(); ++index) {
        const QString line = lines.at(index).trimmed();
        if (line.isEmpty())
            continue;
        const qsizetype equals = line.indexOf(QLatin1Char('='));
        if (equals <= 0) {
            attributesProblem =
                tr("Line %1 is not of the form key=value: \"%2\"").arg(index + 1).arg(line);
            break;
        }
        question.attributes.insert(line.left(equals).trimmed(), line.mid(equals + 1).trimmed());
    }
    const bool badAction = FieldMessage::report(
        m_action, question.action.isEmpty() ? tr("Enter an action, e.g. entity:view.") : QString());
    const bool badAttributes = FieldMessage::report(m_attributes, attributesProblem);
    if (badAction || badAttributes || !m_permissions)
        return false;
    m_decision = AccessRules(m_roles).decide(*m_permissions, question);
    m_result->setText(m_decision->explanation());
    const Theme::Color colour = m_decision->outcome == AccessDecision::Outcome::Allowed
                                    ? Theme::Color::SuccessText
                                    : Theme::Color::ErrorText;
    QPalette palette = m_result->palette();
    palette.setColor(QPalette::WindowText, Theme::color(colour, this->palette()));
    m_result->setPalette(palette);
    return true;
}
