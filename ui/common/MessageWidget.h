#pragma once

#include <QFrame>
#include <QList>

class QAction;
class QHBoxLayout;
class QLabel;

// The one widget every pane uses to tell something: a banner above a page (the session expiring,
// a failed load with Retry) or an inline status line beside a Save button ("Saved.", "Not saved:
// …"). Text is always shown as plain text, so server or callback text cannot inject markup.
// Hidden when there is nothing to say.
class MessageWidget : public QFrame
{
    Q_OBJECT
public:
    enum class Level { Info, Positive, Warning, Error };
    enum class Style {
        Banner, // framed, tinted, with an icon and action buttons
        Inline  // one coloured line of text, for status lines next to buttons
    };

    explicit MessageWidget(Style style = Style::Banner, QWidget *parent = nullptr);

    void showMessage(Level level, const QString &text, const QList<QAction *> &actions = {});
    // Shorthands for the inline status lines.
    void showInfo(const QString &text) { showMessage(Level::Info, text); }
    void showPositive(const QString &text) { showMessage(Level::Positive, text); }
    void showError(const QString &text) { showMessage(Level::Error, text); }
    void clear();
    QString text() const;
    Level level() const { return m_level; }
    bool isError() const { return !text().isEmpty() && m_level == Level::Error; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyStyle();

    Style m_style;
    QLabel *m_icon;
    QLabel *m_text;
    QHBoxLayout *m_buttons;
    Level m_level = Level::Info;
    bool m_styling = false; // applyStyle() is running
};
