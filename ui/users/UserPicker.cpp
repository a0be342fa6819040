#include "ui/users/UserPicker.h"

#include "controllers/SearchDebouncer.h"
#include "domain/users/User.h"
#include "services/api/UserService.h"
#include "ui/common/Theme.h"

#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QVBoxLayout>

namespace {
constexpr int kIdRole = Qt::UserRole + 1;
}

UserPicker::UserPicker(UserService *service, QWidget *parent)
    : QWidget(parent), m_service(service), m_debouncer(new SearchDebouncer(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_chips = new QListWidget(this);
    m_chips->setObjectName(QStringLiteral("chips"));
    m_chips->setFlow(QListView::LeftToRight);
    m_chips->setWrapping(true);
    m_chips->setResizeMode(QListView::Adjust);
    m_chips->setSpacing(3);
    m_chips->setMaximumHeight(84);
    m_chips->setSelectionMode(QAbstractItemView::NoSelection);
    m_chips->setStyleSheet(
        QStringLiteral("QListWidget#chips { border: 1px solid palette(mid); border-radius: 4px; }"
                       "QListWidget#chips::item { background: %1; color: %2; border-radius: 10px;"
                       " padding: 2px 8px; }"
                       "QListWidget#chips::item:hover { background: %3; }")
            .arg(Theme::name(Theme::Color::InfoBackground),
                 Theme::name(Theme::Color::TextOnBackground),
                 Theme::name(Theme::Color::InfoBorder)));
    m_chips->setToolTip(tr("Click a person to remove them"));
    connect(m_chips, &QListWidget::itemClicked, this,
            [this](QListWidgetItem *item) { remove(item->data(kIdRole).toString()); });
    m_search = new QLineEdit(this);
    m_search->setPlaceholderText(tr("Add people: type a name or e-mail"));
    m_search->setClearButtonEnabled(true);
    m_results = new QListWidget(this);
    m_results->setMaximumHeight(120);
    m_results->hide();
    m_hint = new QLabel(this);
    m_hint->setStyleSheet(Theme::textStyle(Theme::Color::MutedText));
    layout->addWidget(m_chips);
    layout->addWidget(m_search);
    layout->addWidget(m_results);
    layout->addWidget(m_hint);
    connect(m_search, &QLineEdit::textEdited, m_debouncer, &SearchDebouncer::setText);
    connect(m_search, &QLineEdit::returnPressed, m_debouncer, &SearchDebouncer::flush);
    connect(m_debouncer, &SearchDebouncer::searchRequested, this, &UserPicker::search);
    connect(m_results, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        add(item->data(kIdRole).toString(), item->data(Qt::UserRole + 2).toString());
    });
    connect(m_results, &QListWidget::itemClicked, this, [this](QListWidgetItem *item) {
        add(item->data(kIdRole).toString(), item->data(Qt::UserRole + 2).toString());
    });
}

void UserPicker::search(const QString &text)
{
    if (m_call)
        m_call->cancel();
    if (text.isEmpty()) {
        m_results->clear();
        m_results->hide();
        m_hint->clear();
        return;
    }
    m_hint->setText(tr("Searching…"));
    m_call = m_service->listUsersV2(text, 20, 0, this, [this](const ApiResult<QJsonArray> &result) {
        if (!result.ok()) {
            if (!result.error().isCancelled())
                m_hint->setText(result.error().message);
            return;
        }
        m_results->clear();
        const QStringList chosen = selectedIds();
        for (const QJsonValue &value : result.value()) {
            const auto user = User::fromJson(value.toObject());
            if (!user || chosen.contains(user->id()))
                continue;
            auto *item =
                new QListWidgetItem(tr("%1 <%2>").arg(user->label(), user->email()), m_results);
            item->setData(kIdRole, user->id());
            item->setData(Qt::UserRole + 2, user->label());
        }
        m_results->setVisible(m_results->count() > 0);
        m_hint->setText(m_results->count() == 0 ? tr("Nobody found.")
                                                : tr("Click a person to add them."));
        emit resultsShown();
    });
}

void UserPicker::setSelected(const QStringList &ids, const QHash<QString, QString> &labels)
{
    m_chips->clear();
    for (const QString &id : ids)
        add(id, labels.value(id, id));
}

QStringList UserPicker::selectedIds() const
{
    QStringList ids;
    for (int row = 0; row < m_chips->count(); ++row)
        ids << m_chips->item(row)->data(kIdRole).toString();
    return ids;
}

void UserPicker::add(const QString &id, const QString &label)
{
    if (id.isEmpty() || selectedIds().contains(id))
        return;
    auto *chip = new QListWidgetItem(label + QStringLiteral("  ✕"), m_chips);
    chip->setData(kIdRole, id);
    chip->setToolTip(tr("Remove %1").arg(label));
    for (int row = 0; row < m_results->count(); ++row) {
        if (m_results->item(row)->data(kIdRole).toString() == id)
            delete m_results->takeItem(row--);
    }
    emit selectionChanged();
}

void UserPicker::remove(const QString &id)
{
    for (int row = 0; row < m_chips->count(); ++row) {
        if (m_chips->item(row)->data(kIdRole).toString() == id) {
            delete m_chips->takeItem(row);
            emit selectionChanged();
            return;
        }
    }
}
