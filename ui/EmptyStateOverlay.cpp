#include "ui/EmptyStateOverlay.h"

#include <QAbstractItemModel>
#include <QAbstractItemView>
#include <QEvent>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

EmptyStateOverlay::EmptyStateOverlay(QAbstractItemView *view, const QString &text,
                                     const QString &actionText, std::function<void()> action)
    : QWidget(view->viewport()), m_view(view), m_label(new QLabel(text, this))
{
    m_label->setAlignment(Qt::AlignCenter);
    m_label->setWordWrap(true);
    m_label->setForegroundRole(QPalette::PlaceholderText);
    auto *layout = new QVBoxLayout(this);
    layout->addStretch();
    layout->addWidget(m_label);
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
    m_label->setText(text);
}

QString EmptyStateOverlay::text() const
{
    return m_label->text();
}

bool EmptyStateOverlay::eventFilter(QObject *watched, QEvent *event)
{
    if (m_view && watched == m_view->viewport() && event->type() == QEvent::Resize)
        setGeometry(m_view->viewport()->rect());
    return QWidget::eventFilter(watched, event);
}

void EmptyStateOverlay::update()
{
    const bool empty = m_view && m_view->model() && m_view->model()->rowCount() == 0;
    if (m_view)
        setGeometry(m_view->viewport()->rect());
    setVisible(empty);
}
