#include "ui/partners/PartnerDirectoryPage.h"

#include "models/AssignableListModel.h"
#include "models/AssignableNameResolver.h"
#include "services/session/Session.h"
#include "ui/common/AvatarCache.h"
#include "ui/common/EmptyStateOverlay.h"
#include "ui/common/Theme.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPushButton>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

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
        // A letter badge per type, so the type is readable without colour; the colours are
        // Theme's categories, which keep white letters readable.
        static const QHash<QString, QPair<QString, int>> badges{
            {"user", {"U", 1}}, {"partner_user", {"P", 7}}, {"partner_organization", {"O", 6}},
            {"ecp", {"E", 5}},  {"group", {"G", 0}},        {"parent_organization_user", {"^", 8}}};
        static QHash<QString, QIcon> icons;
        if (!icons.contains(type)) {
            const auto badge = badges.value(type, {"?", 9});
            QPixmap pixmap(32, 32);
            pixmap.fill(Qt::transparent);
            QPainter painter(&pixmap);
            painter.setRenderHint(QPainter::Antialiasing);
            painter.setPen(Qt::NoPen);
            painter.setBrush(Theme::category(badge.second));
            painter.drawRoundedRect(QRectF(2, 2, 28, 28), 6, 6);
            QFont font = painter.font();
            font.setPixelSize(17);
            font.setBold(true);
            painter.setFont(font);
            painter.setPen(Theme::color(Theme::Color::TextOnCategory));
            painter.drawText(QRectF(0, 0, 32, 32), Qt::AlignCenter, badge.first);
            painter.end();
            icons.insert(type, QIcon(pixmap));
        }
        return icons.value(type);
    }
    AvatarCache *m_avatars;
};

} // namespace

PartnerDirectoryPage::PartnerDirectoryPage(Session *session, QWidget *parent)
    : PartnerPage(session, parent)
{
    m_resolver = new AssignableNameResolver(session->partners(), this);
    m_avatars = new AvatarCache(session->client()->network(), this);
    m_model = new StyledAssignableModel(session->partners(), m_avatars, this);
    m_model->setResolver(m_resolver);

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
        connect(button, &QToolButton::toggled, this, &PartnerDirectoryPage::search);
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

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(row);
    layout->addLayout(types);
    layout->addLayout(organizationRow);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_count);

    connect(searchButton, &QPushButton::clicked, this, &PartnerDirectoryPage::search);
    connect(m_query, &QLineEdit::returnPressed, this, &PartnerDirectoryPage::search);
    connect(m_organizationFilter, &QLineEdit::returnPressed, this, &PartnerDirectoryPage::search);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid())
                    emit assignableChosen(m_model->at(current.row()));
            });
    connect(m_model, &AssignableListModel::stateChanged, this, &PartnerDirectoryPage::showCount);
    // Another organization's results must not stay while this one's are searched.
    connect(session, &Session::organizationChanged, m_model, &AssignableListModel::clear);
    connect(m_model, &AssignableListModel::pageLoaded, this, [this] {
        showCount();
        m_view->resizeColumnToContents(AssignableListModel::TypeColumn);
        m_view->resizeColumnToContents(AssignableListModel::StatusColumn);
    });
    connect(m_model, &AssignableListModel::errorChanged, this, [this](const QString &message) {
        if (!message.isEmpty()) // empty: the error is gone (a new search)
            showError(tr("Search failed: %1").arg(message));
    });
    addEmptyState();
}

void PartnerDirectoryPage::addEmptyState()
{
    auto *state = new EmptyStateOverlay(m_view,
                                        tr("No partners found. Change the search or the types "
                                           "shown, or invite a partner."),
                                        tr("Invite partner…"), [this] { emit inviteRequested(); });
    state->follow(m_model, [this] { search(); });
}

void PartnerDirectoryPage::showCount()
{
    // Only a count the server's answer stands behind: none while searching or after a failure.
    const int rows = m_model->rowCount();
    const QString shown = tr("%1 of %2 shown").arg(rows).arg(m_model->total());
    switch (m_model->state()) {
    case ListStateModel::State::Loaded:
        return m_count->setText(shown);
    case ListStateModel::State::Loading:
        return m_count->setText(m_model->pagesLoaded() > 0 ? shown : tr("Searching…"));
    case ListStateModel::State::Failed:
        return m_count->setText(rows > 0 ? shown : QString());
    case ListStateModel::State::Stale:
        return m_count->setText(tr("%n shown, possibly out of date", nullptr, rows));
    case ListStateModel::State::Idle:
        return m_count->clear();
    }
}

void PartnerDirectoryPage::focusSearch()
{
    m_query->setFocus();
    m_query->selectAll();
}

QStringList PartnerDirectoryPage::chosenTypes() const
{
    QStringList types;
    for (QToolButton *button : m_typeButtons) {
        if (button->isChecked())
            types << button->property("type").toString();
    }
    return types;
}

void PartnerDirectoryPage::setTypeFilter(const QStringList &types)
{
    for (QToolButton *button : m_typeButtons) {
        const QSignalBlocker blocker(button);
        button->setChecked(types.contains(button->property("type").toString()));
    }
    search();
}

void PartnerDirectoryPage::search()
{
    QStringList organizations;
    for (const QString &id :
         m_organizationFilter->text().split(QLatin1Char(','), Qt::SkipEmptyParts))
        organizations << id.trimmed();
    const QStringList types = chosenTypes();
    if (types.isEmpty()) {
        showError(tr("Choose at least one type to show."));
        return;
    }
    showInfo({});
    m_model->search(m_query->text(), types, organizations);
}
