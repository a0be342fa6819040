#pragma once

#include <QElapsedTimer>
#include <QFrame>

class BrowserSignIn;
class QLabel;
class QTimer;

// Shown in the sign-in dialog while the portal is asked for a token: the verification code to
// compare with the portal's, the time left, a link to open the portal again and Cancel.
class BrowserSignInPanel : public QFrame
{
    Q_OBJECT
public:
    explicit BrowserSignInPanel(BrowserSignIn *browser, QWidget *parent = nullptr);

    // Shows the running sign-in's code and link and counts down.
    void start();
    // Tells the person to open the sign-in address themselves.
    void showNoBrowser();
    // Hides the panel and stops counting.
    void stop();
    QLabel *codeLabel() const { return m_code; }

signals:
    void cancelRequested();

private:
    void applyStyle();
    void updateCountdown();

    BrowserSignIn *m_browser;
    QTimer *m_countdown;
    QElapsedTimer m_clock;
    QLabel *m_code;
    QLabel *m_status;
    QLabel *m_link;
};
