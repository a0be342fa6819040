#include "ui/common/EmptyStateOverlay.h"

#include "models/PagedListModel.h"
#include "ui/common/MessageWidget.h"

#include <QAbstractItemModel>
#include <QAbstractItemView>
#include <QAction>
#include <QDateTime>
#include <QEvent>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

EmptyStateOverlay::EmptyStateOverlay(QAbstractItemView *view, const QString &text,
                                     const QString &actionText, std::function<void()> action)
    : QWidget(view->viewport()), m_view(view), m_label(new QLabel(text, this)),
      m_progress(new QProgressBar(this)), m_retry(new QPushButton(tr("Retry"), this)),
      m_emptyText(text)
{
    m_label->setAlignment(Qt::AlignCenter);
    m_label->setWordWrap(true);
    m_label->setForegroundRole(QPalette::PlaceholderText);
    m_progress->setRange(0, 0); // busy: how long a page takes is not known
    m_progress->setTextVisible(false);
    m_progress->setMaximumWidth(240);
    m_progress->setAccessibleName(tr("Loading"));
    m_retry->setToolTip(tr("Load the list again"));
    connect(m_retry, &QPushButton::clicked, this, [this] {
        if (m_retryAction)
            m_retryAction();
    });
    auto *layout = new QVBoxLayout(this);
    layout->addStretch();
    layout->addWidget(m_label);
    layout->addWidget(m_progress, 0, Qt::AlignHCenter);
    layout->addWidget(m_retry, 0, Qt::AlignHCenter);
    if (!actionText.isEmpty() && action) {
        m_button = new QPushButton(actionText, this);
        connect(m_button, &QPushButton::clicked, this, [action] { action(); });
        layout->addWidget(m_button, 0, Qt::AlignHCenter);
    }
    layout->addStretch();

    view->viewport()->installEventFilter(this);
    if (QAbstractItemModel *model = view->model()) {
        for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
            connect(model, signal, this, &EmptyStateOverlay::update);
        connect(model, &QAbstractItemModel::modelReset, this, &EmptyStateOverlay::update);
        connect(model, &QAbstractItemModel::layoutChanged, this, &EmptyStateOverlay::update);
    }
    update();
}

void EmptyStateOverlay::setText(const QString &text)
{
    m_emptyText = text;
    update();
}

QString EmptyStateOverlay::text() const
{
    return m_label->text();
}

void EmptyStateOverlay::setLoading(bool loading)
{
    m_loading = loading;
    if (loading)
        m_error.clear();
    update();
}

void EmptyStateOverlay::setError(const QString &message)
{
    m_error = message;
    update();
}

void EmptyStateOverlay::setRetry(std::function<void()> retry)
{
    m_retryAction = std::move(retry);
    update();
}

void EmptyStateOverlay::follow(ListStateModel *model, std::function<void()> retry)
{
    m_model = model;
    if (!retry) {
        if (auto *paged = qobject_cast<PagedListModel *>(model))
            retry = [paged] { paged->retry(); };
    }
    if (retry)
        m_retryAction = std::move(retry);
    connect(model, &ListStateModel::stateChanged, this, &EmptyStateOverlay::showState);
    showState();
}

QString EmptyStateOverlay::staleText(const QString &error, const QDateTime &loadedAt)
{
    return tr("Could not refresh: %1 The list shows what was loaded at %2.")
        .arg(error, QLocale().toString(loadedAt.time(), QLocale::ShortFormat));
}

bool EmptyStateOverlay::showsStale() const
{
    return m_stale;
}

QString EmptyStateOverlay::staleMessage() const
{
    return m_stale && m_staleBar ? m_staleBar->text() : QString();
}

void EmptyStateOverlay::showState()
{
    if (!m_model)
        return;
    const ListStateModel::State state = m_model->state();
    m_loading = state == ListStateModel::State::Loading;
    const bool failed =
        state == ListStateModel::State::Failed || state == ListStateModel::State::Stale;
    m_error = failed ? m_model->stateMessage() : QString();
    markStale(state == ListStateModel::State::Stale);
    update();
}

void EmptyStateOverlay::markStale(bool stale)
{
    if (!m_view)
        return;
    if (stale && !m_staleBar) {
        // A child of the view, not of the viewport: the bar stays clear of the dimmed rows.
        m_staleBar = new MessageWidget(MessageWidget::Style::Banner, m_view);
        m_staleBar->setObjectName(QStringLiteral("staleBar"));
        m_staleRetry = new QAction(tr("Retry"), m_staleBar);
        connect(m_staleRetry, &QAction::triggered, this, [this] {
            if (m_retryAction)
                m_retryAction();
        });
    }
    if (stale) {
        m_staleBar->showMessage(
            MessageWidget::Level::Warning, staleText(m_model->stateMessage(), m_model->loadedAt()),
            m_retryAction ? QList<QAction *>{m_staleRetry} : QList<QAction *>{});
        placeStaleBar();
        m_staleBar->raise();
    } else if (m_staleBar) {
        m_staleBar->clear();
    }
    if (stale == m_stale)
        return;
    m_stale = stale;
    // The rows are told apart by their faded text: they may no longer be what the server holds.
    if (stale) {
        m_freshPalette = m_view->palette();
        QPalette faded = m_freshPalette;
        faded.setColor(QPalette::Text, faded.color(QPalette::PlaceholderText));
        m_view->setPalette(faded);
    } else {
        m_view->setPalette(m_freshPalette);
    }
}

void EmptyStateOverlay::placeStaleBar()
{
    if (!m_staleBar || !m_view)
        return;
    const QRect area = m_view->viewport()->geometry();
    const int height = m_staleBar->sizeHint().height();
    m_staleBar->setGeometry(area.left(), area.bottom() + 1 - height, area.width(), height);
}

bool EmptyStateOverlay::eventFilter(QObject *watched, QEvent *event)
{
    if (m_view && watched == m_view->viewport() && event->type() == QEvent::Resize) {
        setGeometry(m_view->viewport()->rect());
        placeStaleBar();
    }
    return QWidget::eventFilter(watched, event);
}

void EmptyStateOverlay::update()
{
    const bool empty = m_view && m_view->model() && m_view->model()->rowCount() == 0;
    const bool failed = !m_loading && !m_error.isEmpty();
    if (m_loading)
        m_label->setText(tr("Loading…"));
    else if (failed)
        m_label->setText(tr("Could not load the list: %1").arg(m_error));
    else
        m_label->setText(m_emptyText);
    // Status is told in words; the progress bar and the colour only add to it.
    m_label->setForegroundRole(failed ? QPalette::WindowText : QPalette::PlaceholderText);
    m_progress->setVisible(m_loading);
    m_retry->setVisible(failed && m_retryAction);
    if (m_button)
        m_button->setVisible(!m_loading && !failed);
    if (m_view)
        setGeometry(m_view->viewport()->rect());
    setVisible(empty);
}
