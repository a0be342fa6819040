#include "ui/partners/PartnersPane.h"

#include "models/AssignableListModel.h"
#include "models/AssignableNameResolver.h"
#include "domain/common/InputRules.h"
#include "services/session/Session.h"
#include "ui/common/AvatarCache.h"
#include "ui/common/Confirmation.h"
#include "ui/common/EmptyStateOverlay.h"
#include "ui/common/FieldMessage.h"

#include <QComboBox>
#include <QDesktopServices>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPainter>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>
#include <memory>
#include <utility>

namespace {

// Results with avatars: the generated one at once, the thumbnail when it arrives.
class StyledAssignableModel : public AssignableListModel
{
public:
    StyledAssignableModel(PartnerDirectoryService *service, AvatarCache *avatars, QObject *parent)
        : AssignableListModel(service, parent), m_avatars(avatars)
    {
        connect(avatars, &AvatarCache::loaded, this, [this] {
            if (rowCount() > 0)
                emit dataChanged(index(0, 0), index(rowCount() - 1, 0), {Qt::DecorationRole});
        });
    }
    QVariant data(const QModelIndex &index, int role) const override
    {
        if (role == Qt::DecorationRole && index.column() == NameColumn)
            return m_avatars->avatar(AssignableListModel::data(index, ThumbnailRole).toString(),
                                     AssignableListModel::data(index, Qt::DisplayRole).toString());
        if (role == Qt::DecorationRole && index.column() == TypeColumn)
            return typeIcon(AssignableListModel::data(index, TypeRole).toString());
        return AssignableListModel::data(index, role);
    }

private:
    static QIcon typeIcon(const QString &type)
    {
        // A letter badge per type, so the type is readable without colour.
        static const QHash<QString, QPair<QString, QColor>> badges{
            {"user", {"U", QColor("#1565c0")}},
            {"partner_user", {"P", QColor("#6a1b9a")}},
            {"partner_organization", {"O", QColor("#2e7d32")}},
            {"ecp", {"E", QColor("#ef6c00")}},
            {"group", {"G", QColor("#00838f")}},
            {"parent_organization_user", {"^", QColor("#5d4037")}}};
        static QHash<QString, QIcon> icons;
        if (!icons.contains(type)) {
            const auto badge = badges.value(type, {"?", QColor("#757575")});
            QPixmap pixmap(32, 32);
            pixmap.fill(Qt::transparent);
            QPainter painter(&pixmap);
            painter.setRenderHint(QPainter::Antialiasing);
            painter.setPen(Qt::NoPen);
            painter.setBrush(badge.second);
            painter.drawRoundedRect(QRectF(2, 2, 28, 28), 6, 6);
            QFont font = painter.font();
            font.setPixelSize(17);
            font.setBold(true);
            painter.setFont(font);
            painter.setPen(Qt::white);
            painter.drawText(QRectF(0, 0, 32, 32), Qt::AlignCenter, badge.first);
            painter.end();
            icons.insert(type, QIcon(pixmap));
        }
        return icons.value(type);
    }
    AvatarCache *m_avatars;
};

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

} // namespace

PartnersPane::PartnersPane(Session *session, QWidget *parent) : Pane(session, parent)
{
    m_resolver = new AssignableNameResolver(session->partners(), this);
    m_avatars = new AvatarCache(session->client()->network(), this);
    m_model = new StyledAssignableModel(session->partners(), m_avatars, this);
    m_model->setResolver(m_resolver);
    m_status = new QLabel;
    m_status->setTextFormat(Qt::RichText);
    m_status->setWordWrap(true);

    m_tabs = new QTabWidget;
    m_tabs->addTab(buildDetailsTab(), tr("Details"));
    m_tabs->addTab(buildLifecycleTab(), tr("Partnership"));
    m_tabs->setTabToolTip(1, tr("Invite, approve, reject"));
    m_tabs->addTab(buildTokenTab(), tr("Invitation token"));
    m_tabs->addTab(buildAddressTab(), tr("Address lookup"));

    auto *split = new QSplitter;
    split->addWidget(buildDirectory());
    split->addWidget(m_tabs);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setSizes({600, 440}); // the four tab titles fit without scroll arrows

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(split, 1);
    layout->addWidget(m_status);

    connect(m_model, &AssignableListModel::pageLoaded, this, [this] {
        m_count->setText(tr("%1 of %2 shown").arg(m_model->rowCount()).arg(m_model->total()));
        m_view->resizeColumnToContents(AssignableListModel::TypeColumn);
        m_view->resizeColumnToContents(AssignableListModel::StatusColumn);
    });
    connect(m_model, &AssignableListModel::errorChanged, this, [this](const QString &message) {
        if (!message.isEmpty()) // empty: the error is gone (a new search)
            setStatus(tr("Search failed: %1").arg(message), true);
    });
    connect(session, &Session::organizationChanged, this, &PartnersPane::reload);
    // The first signed-in user loads the directory, as on the other pages (organizationChanged
    // only comes with a switch).
    auto loaded = std::make_shared<bool>(false);
    connect(session, &Session::meChanged, this, [this, loaded] {
        if (!std::exchange(*loaded, true))
            reload();
    });
    if (!session->me().isEmpty() && !std::exchange(*loaded, true))
        reload(); // built after sign-in (pages are built when first shown)
    auto *state = new EmptyStateOverlay(m_view,
                                        tr("No partners found. Change the search or the types "
                                           "shown, or invite a partner."),
                                        tr("Invite partner…"), [this] { createNew(); });
    state->setRetry([this] { reload(); });
    connect(m_model, &AssignableListModel::pageLoaded, state,
            [state] { state->setLoading(false); });
    connect(m_model, &AssignableListModel::errorChanged, state, [state](const QString &message) {
        state->setLoading(false);
        state->setError(message);
    });
    // A search empties the list, then asks the server: look once the request is under way.
    connect(
        m_model, &QAbstractItemModel::modelReset, state,
        [this, state] { state->setLoading(m_model->isLoading()); }, Qt::QueuedConnection);
}

QWidget *PartnersPane::buildDirectory()
{
    auto *box = new QWidget;
    m_query = new QLineEdit;
    m_query->setPlaceholderText(tr("Search by name or e-mail"));
    m_query->setClearButtonEnabled(true);
    auto *searchButton = new QPushButton(tr("Search"));
    auto *row = new QHBoxLayout;
    row->addWidget(m_query, 1);
    row->addWidget(searchButton);

    auto *types = new QHBoxLayout;
    types->addWidget(new QLabel(tr("Show:")));
    const QList<Assignable::Type> all{Assignable::Type::User, Assignable::Type::PartnerUser,
                                      Assignable::Type::PartnerOrganization, Assignable::Type::Ecp,
                                      Assignable::Type::Group};
    for (Assignable::Type type : all) {
        auto *button = new QToolButton;
        button->setText(Assignable::typeLabel(type));
        button->setCheckable(true);
        button->setChecked(type != Assignable::Type::Ecp); // ECP needs an entity scope
        button->setProperty("type", Assignable::typeText(type));
        connect(button, &QToolButton::toggled, this, &PartnersPane::search);
        types->addWidget(button);
        m_typeButtons << button;
    }
    types->addStretch();
    m_organizationFilter = new QLineEdit;
    m_organizationFilter->setPlaceholderText(tr("Organization ids, comma-separated (empty: all)"));
    auto *organizationRow = new QHBoxLayout;
    organizationRow->addWidget(new QLabel(tr("Organizations:")));
    organizationRow->addWidget(m_organizationFilter, 1);

    m_view = new QTableView;
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->verticalHeader()->hide();
    m_view->setIconSize(QSize(22, 22));
    m_view->verticalHeader()->setDefaultSectionSize(28);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->resizeSection(AssignableListModel::NameColumn, 220);
    m_view->horizontalHeader()->resizeSection(AssignableListModel::EmailColumn, 220);
    m_count = new QLabel;

    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(row);
    layout->addLayout(types);
    layout->addLayout(organizationRow);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_count);

    connect(searchButton, &QPushButton::clicked, this, &PartnersPane::search);
    connect(m_query, &QLineEdit::returnPressed, this, &PartnersPane::search);
    connect(m_organizationFilter, &QLineEdit::returnPressed, this, &PartnersPane::search);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid())
                    showAssignable(m_model->at(current.row()));
            });
    return box;
}

QWidget *PartnersPane::buildDetailsTab()
{
    auto *page = new QWidget;
    m_details = new QLabel(tr("Choose an entry on the left."));
    m_details->setTextFormat(Qt::RichText);
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_locations = new QListWidget;
    auto *openMapButton = new QPushButton(tr("Open in map"));
    openMapButton->setToolTip(tr("Opens OpenStreetMap in the system browser"));
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_details);
    layout->addWidget(new QLabel(tr("<b>Locations</b>")));
    layout->addWidget(m_locations, 1);
    auto *row = new QHBoxLayout;
    row->addStretch();
    row->addWidget(openMapButton);
    layout->addLayout(row);
    connect(openMapButton, &QPushButton::clicked, this, [this] {
        if (QListWidgetItem *item = m_locations->currentItem())
            openMap(item->data(Qt::UserRole).toString());
    });
    connect(m_locations, &QListWidget::itemDoubleClicked, this,
            [this](QListWidgetItem *item) { openMap(item->data(Qt::UserRole).toString()); });
    return page;
}

QWidget *PartnersPane::buildLifecycleTab()
{
    auto *page = new QWidget;
    m_partnerId = new QLineEdit;
    m_partnerId->setPlaceholderText(tr("Partner id (UUID of the partner record)"));
    m_language = new QComboBox;
    m_language->addItem(tr("German"), QStringLiteral("de"));
    m_language->addItem(tr("English"), QStringLiteral("en"));
    m_invite = new QPushButton(tr("Send invitation"));
    m_approve = new QPushButton(tr("Approve request…"));
    m_reject = new QPushButton(tr("Reject request…"));
    auto *form = new QFormLayout;
    form->addRow(tr("Partner:"), m_partnerId);
    auto *inviteRow = new QHBoxLayout;
    inviteRow->addWidget(new QLabel(tr("Language:")));
    inviteRow->addWidget(m_language);
    inviteRow->addWidget(m_invite);
    inviteRow->addStretch();
    form->addRow(QString(), inviteRow);
    auto *decideRow = new QHBoxLayout;
    decideRow->addWidget(m_approve);
    decideRow->addWidget(m_reject);
    decideRow->addStretch();
    form->addRow(QString(), decideRow);

    m_records = new QTableWidget(0, 4);
    m_records->setHorizontalHeaderLabels({tr("Partner"), tr("E-mail"), tr("Status"), tr("Id")});
    m_records->horizontalHeader()->setStretchLastSection(true);
    m_records->verticalHeader()->hide();
    m_records->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_records->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_records->setWordWrap(false);

    auto *layout = new QVBoxLayout(page);
    auto *note = new QLabel(tr("Partner records are created in epilot (entities). Paste a "
                               "partner's id here, or pick a partner organization on the left."));
    note->setWordWrap(true);
    layout->addWidget(note);
    layout->addLayout(form);
    layout->addWidget(new QLabel(tr("<b>Partner records handled here</b> (status as the server "
                                    "answered)")));
    layout->addWidget(m_records, 1);

    connect(m_invite, &QPushButton::clicked, this, [this] {
        const QString partnerId = m_partnerId->text().trimmed();
        const QString language = m_language->currentData().toString();
        const bool idOk = !FieldMessage::report(
            m_partnerId,
            InputRules::required(partnerId).isEmpty() ? QString() : tr("Enter the partner's id."));
        if (FieldMessage::report(m_language, InputRules::language(language)) || !idOk)
            return;
        invitePartner(partnerId, language);
    });
    connect(m_approve, &QPushButton::clicked, this,
            [this] { approvePartner(m_partnerId->text().trimmed()); });
    connect(m_reject, &QPushButton::clicked, this,
            [this] { rejectPartner(m_partnerId->text().trimmed()); });
    connect(m_records, &QTableWidget::currentCellChanged, this, [this](int row) {
        if (row >= 0 && m_records->item(row, 3))
            m_partnerId->setText(m_records->item(row, 3)->text());
    });
    return page;
}

QWidget *PartnersPane::buildTokenTab()
{
    auto *page = new QWidget;
    m_token = new QLineEdit;
    m_token->setPlaceholderText(tr("The token from the invitation e-mail"));
    auto *lookUp = new QPushButton(tr("Look up"));
    m_tokenResult = new QLabel;
    m_tokenResult->setTextFormat(Qt::RichText);
    m_tokenResult->setWordWrap(true);
    m_company = new QLineEdit;
    m_signedUpEmail = new QLineEdit;
    m_signedUpEmail->setPlaceholderText(tr("admin@partner.example"));
    m_activationOrganization = new QLineEdit;
    m_activationOrganization->setPlaceholderText(tr("The partner's epilot organization id"));
    m_activate = new QPushButton(tr("Activate partnership"));

    auto *tokenRow = new QHBoxLayout;
    tokenRow->addWidget(m_token, 1);
    tokenRow->addWidget(lookUp);
    auto *activation = new QGroupBox(tr("Activate (as the invited partner would)"));
    auto *form = new QFormLayout(activation);
    form->addRow(tr("Company name:"), m_company);
    form->addRow(tr("Signed-up e-mail:"), m_signedUpEmail);
    form->addRow(tr("Organization id:"), m_activationOrganization);
    form->addRow(QString(), m_activate);

    auto *layout = new QVBoxLayout(page);
    layout->addLayout(tokenRow);
    layout->addWidget(m_tokenResult);
    layout->addWidget(activation);
    layout->addStretch();

    connect(lookUp, &QPushButton::clicked, this, [this] { lookUpToken(m_token->text()); });
    connect(m_token, &QLineEdit::returnPressed, this, [this] { lookUpToken(m_token->text()); });
    connect(m_activate, &QPushButton::clicked, this, [this] {
        QString problem;
        if (!activatePartner(&problem))
            setStatus(problem, true);
    });
    return page;
}

QWidget *PartnersPane::buildAddressTab()
{
    auto *page = new QWidget;
    m_address = new QLineEdit;
    m_address->setPlaceholderText(tr("e.g. Auweg 1, 93055 Regensburg, DE"));
    auto *find = new QPushButton(tr("Find"));
    m_addressResult = new QLabel;
    m_addressResult->setTextFormat(Qt::RichText);
    m_addressResult->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_addressMap = new QPushButton(tr("Open in map"));
    m_addressMap->setEnabled(false);
    auto *row = new QHBoxLayout;
    row->addWidget(m_address, 1);
    row->addWidget(find);
    auto *layout = new QVBoxLayout(page);
    layout->addLayout(row);
    layout->addWidget(m_addressResult);
    auto *mapRow = new QHBoxLayout;
    mapRow->addWidget(m_addressMap);
    mapRow->addStretch();
    layout->addLayout(mapRow);
    layout->addStretch();
    connect(find, &QPushButton::clicked, this, [this] { lookUpAddress(m_address->text()); });
    connect(m_address, &QLineEdit::returnPressed, this,
            [this] { lookUpAddress(m_address->text()); });
    connect(m_addressMap, &QPushButton::clicked, this, [this] { openMap(m_addressMapUrl); });
    return page;
}

// ---- directory ----------------------------------------------------------------------------

void PartnersPane::reload()
{
    search();
}

void PartnersPane::focusSearch()
{
    m_query->setFocus();
    m_query->selectAll();
}

void PartnersPane::createNew()
{
    m_tabs->setCurrentIndex(1);
    m_partnerId->setFocus();
}

QStringList PartnersPane::chosenTypes() const
{
    QStringList types;
    for (QToolButton *button : m_typeButtons) {
        if (button->isChecked())
            types << button->property("type").toString();
    }
    return types;
}

void PartnersPane::setTypeFilter(const QStringList &types)
{
    for (QToolButton *button : m_typeButtons) {
        const QSignalBlocker blocker(button);
        button->setChecked(types.contains(button->property("type").toString()));
    }
    search();
}

void PartnersPane::search()
{
    QStringList organizations;
    for (const QString &id :
         m_organizationFilter->text().split(QLatin1Char(','), Qt::SkipEmptyParts))
        organizations << id.trimmed();
    QStringList types = chosenTypes();
    if (types.isEmpty()) {
        setStatus(tr("Choose at least one type to show."), true);
        return;
    }
    setStatus({});
    m_model->search(m_query->text(), types, organizations);
}

void PartnersPane::showAssignable(const Assignable &assignable)
{
    QString html =
        QStringLiteral("<h3>%1</h3><table cellspacing='4'>").arg(escaped(assignable.displayName()));
    const auto row = [&html](const QString &label, const QString &value) {
        if (!value.isEmpty())
            html += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>")
                        .arg(escaped(label), escaped(value));
    };
    row(tr("Type"), Assignable::typeLabel(assignable.type()));
    row(tr("E-mail"), assignable.email());
    row(tr("Phone"), assignable.phone());
    row(tr("Status"), Assignable::statusLabel(assignable.status()));
    const QString organization = m_resolver->organizationName(assignable.organizationId());
    row(tr("Organization"), organization.isEmpty()
                                ? assignable.organizationId()
                                : tr("%1 (%2)").arg(organization, assignable.organizationId()));
    if (assignable.hasActivityRadius())
        row(tr("Activity radius"), tr("%1 km").arg(assignable.activityRadius()));
    row(tr("Partner id"), assignable.partnerId());
    row(tr("User id"), assignable.userId());
    row(tr("Group id"), assignable.groupId());
    html += QStringLiteral("</table>");
    m_details->setText(html);
    m_locations->clear();
    for (const AddressGeolocation &location : assignable.geolocations()) {
        auto *item =
            new QListWidgetItem(location.hasCoordinates ? tr("%1 — %2, %3")
                                                              .arg(location.label())
                                                              .arg(location.latitude, 0, 'f', 5)
                                                              .arg(location.longitude, 0, 'f', 5)
                                                        : location.label());
        item->setData(Qt::UserRole, location.mapUrl());
        m_locations->addItem(item);
    }
    if (m_locations->count() == 0)
        m_locations->addItem(tr("(no locations)"));
    m_locations->setCurrentRow(0);
    if (!assignable.partnerId().isEmpty())
        m_partnerId->setText(assignable.partnerId());
    m_tabs->setCurrentIndex(0);
}

void PartnersPane::openMap(const QString &url)
{
    if (url.isEmpty())
        return;
    if (!QDesktopServices::openUrl(QUrl(url)))
        setStatus(tr("Could not open the browser; the map link is %1").arg(url), true);
}

// ---- lifecycle ----------------------------------------------------------------------------

void PartnersPane::busy(int delta)
{
    m_busy += delta;
    setCursor(m_busy > 0 ? Qt::BusyCursor : Qt::ArrowCursor);
}

void PartnersPane::setStatus(const QString &text, bool error)
{
    m_status->setText(
        error ? QStringLiteral("<span style='color:#c62828'>%1</span>").arg(escaped(text))
              : escaped(text));
}

QString PartnersPane::recordStatus(const QString &partnerId) const
{
    for (const Partner &partner : m_partners) {
        if (partner.id() == partnerId)
            return partner.statusText();
    }
    return {};
}

void PartnersPane::rememberPartner(const Partner &partner)
{
    bool replaced = false;
    for (Partner &known : m_partners) {
        if (known.id() == partner.id()) {
            known = partner;
            replaced = true;
        }
    }
    if (!replaced)
        m_partners.prepend(partner);
    m_records->setRowCount(int(m_partners.size()));
    for (int row = 0; row < m_partners.size(); ++row) {
        const Partner &item = m_partners.at(row);
        m_records->setItem(row, 0, new QTableWidgetItem(item.label()));
        m_records->setItem(row, 1, new QTableWidgetItem(item.email()));
        m_records->setItem(row, 2, new QTableWidgetItem(Partner::statusLabel(item.status())));
        m_records->setItem(row, 3, new QTableWidgetItem(item.id()));
    }
    m_records->resizeColumnsToContents();
    emit partnerChanged(partner);
}

void PartnersPane::invitePartner(const QString &partnerId, const QString &language)
{
    if (m_readOnly)
        return;
    busy(1);
    session()->partners()->invitePartnerV2(
        partnerId, language, this, [this, partnerId](const ApiResult<QJsonObject> &result) {
            busy(-1);
            if (!result.ok()) {
                setStatus(tr("Invitation not sent: %1").arg(result.error().message), true);
                return;
            }
            const auto partner = Partner::fromJson(result.value());
            if (partner) {
                rememberPartner(*partner);
                setStatus(tr("Invitation sent to %1 (%2): status %3.")
                              .arg(partner->label(), partner->email(), partner->statusText()));
            }
        });
}

void PartnersPane::approvePartner(const QString &partnerId)
{
    decidePartner(partnerId, &PartnerDirectoryService::approvePartner,
                  {tr("Approve partner"),
                   tr("Approve the partner request of %1? They can then work with your "
                      "organization's shared entities."),
                   tr("Approve"), tr("Not approved: %1"), tr("Approved %1.")});
}

void PartnersPane::rejectPartner(const QString &partnerId)
{
    decidePartner(partnerId, &PartnerDirectoryService::rejectPartner,
                  {tr("Reject partner"), tr("Reject the partner request of %1?"), tr("Reject"),
                   tr("Not rejected: %1"), tr("Rejected %1.")});
}

void PartnersPane::decidePartner(const QString &partnerId, Decision decision,
                                 const DecisionTexts &texts)
{
    if (m_readOnly || partnerId.isEmpty())
        return;
    QString name = partnerId;
    for (const Partner &partner : std::as_const(m_partners)) {
        if (partner.id() == partnerId)
            name = partner.label();
    }
    if (!Confirmation::ask(this, texts.title, texts.question.arg(name), texts.button))
        return;
    busy(1);
    (session()->partners()->*decision)(
        partnerId, this, [this, texts](const ApiResult<QJsonObject> &result) {
            busy(-1);
            if (!result.ok()) {
                setStatus(texts.failed.arg(result.error().message), true);
                return;
            }
            if (const auto partner = Partner::fromJson(result.value())) {
                rememberPartner(*partner);
                setStatus(texts.done.arg(partner->label()));
            }
        });
}

void PartnersPane::lookUpToken(const QString &token)
{
    m_token->setText(token.trimmed());
    busy(1);
    session()->partners()->getPartnerByToken(
        token.trimmed(), this, [this](const ApiResult<QJsonObject> &result) {
            busy(-1);
            if (!result.ok()) {
                m_tokenResult->setText(QStringLiteral("<span style='color:#c62828'>%1</span>")
                                           .arg(escaped(result.error().message)));
                return;
            }
            const auto partner = Partner::fromJson(result.value());
            if (!partner)
                return;
            m_tokenResult->setText(tr("<b>%1</b> — %2<br>Status: %3 · invited by organization %4")
                                       .arg(escaped(partner->label()), escaped(partner->email()),
                                            escaped(partner->statusText()),
                                            escaped(partner->organizationId())));
            if (m_company->text().isEmpty())
                m_company->setText(partner->companyName());
            if (m_signedUpEmail->text().isEmpty())
                m_signedUpEmail->setText(partner->email());
            emit tokenLookedUp(*partner);
        });
}

bool PartnersPane::activatePartner(QString *problem)
{
    const QString token = m_token->text().trimmed();
    const QString email = m_signedUpEmail->text().trimmed();
    const QString organization = m_activationOrganization->text().trimmed();
    // Every problem is shown at its field; the first one is also the answer.
    QStringList problems;
    auto check = [&](QWidget *field, const QString &problem) {
        if (FieldMessage::report(field, problem))
            problems << problem;
    };
    check(m_token, token.isEmpty() ? tr("Enter the invitation token first.") : QString());
    check(m_signedUpEmail, InputRules::email(email));
    check(m_activationOrganization,
          organization.isEmpty() || organization.contains(QLatin1Char(' '))
              ? tr("Enter the partner's organization id.")
              : QString());
    const QString why = problems.value(0);
    if (!why.isEmpty()) {
        if (problem)
            *problem = why;
        return false;
    }
    busy(1);
    session()->partners()->activatePartner(
        token, m_company->text().trimmed(), email, organization, this,
        [this](const ApiResult<void> &result) {
            busy(-1);
            if (!result.ok()) {
                setStatus(tr("Not activated: %1").arg(result.error().message), true);
                return;
            }
            setStatus(tr("The partnership is active."));
            emit activated();
        });
    return true;
}

void PartnersPane::lookUpAddress(const QString &address)
{
    m_address->setText(address);
    busy(1);
    session()->partners()->searchGeolocationForText(
        address, this, [this](const ApiResult<QJsonObject> &result) {
            busy(-1);
            if (!result.ok()) {
                m_addressResult->setText(QStringLiteral("<span style='color:#c62828'>%1</span>")
                                             .arg(escaped(result.error().message)));
                m_addressMap->setEnabled(false);
                return;
            }
            const AddressGeolocation location = AddressGeolocation::fromJson(result.value());
            QString html = tr("<b>%1</b><br>Latitude %2, longitude %3")
                               .arg(escaped(location.addressLabel))
                               .arg(location.latitude, 0, 'f', 6)
                               .arg(location.longitude, 0, 'f', 6);
            if (location.relevance >= 0)
                html += tr("<br>Relevance %1 %").arg(qRound(location.relevance * 100));
            m_addressResult->setText(html);
            m_addressMapUrl = location.mapUrl();
            m_addressMap->setEnabled(!m_addressMapUrl.isEmpty());
            emit addressFound(result.value());
        });
}

void PartnersPane::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    for (QPushButton *button : {m_invite, m_approve, m_reject})
        button->setEnabled(!readOnly);
}
