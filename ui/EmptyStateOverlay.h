#pragma once

#include <QPointer>
#include <QWidget>

#include <functional>

class QAbstractItemView;
class QLabel;
class QPushButton;

// Says what to do when a list is empty ("No partners yet", [Invite partner]) instead of leaving a
// blank table. Lies over the view's viewport and shows itself while the model has no rows.
class EmptyStateOverlay : public QWidget
{
    Q_OBJECT
public:
    EmptyStateOverlay(QAbstractItemView *view, const QString &text,
                      const QString &actionText = {}, std::function<void()> action = {});

    void setText(const QString &text);
    QString text() const;
    QPushButton *actionButton() const { return m_button; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void update();

    QPointer<QAbstractItemView> m_view;
    QLabel *m_label;
    QPushButton *m_button = nullptr;
};
