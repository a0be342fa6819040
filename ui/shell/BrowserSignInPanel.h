#pragma once

#include <QElapsedTimer>
#include <QFrame>

class BrowserSignIn;
class QLabel;
class QLineEdit;
class QPushButton;
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
    // Tells the person to open the sign-in address themselves: the address in a read-only field
    // to copy (a long address scrolls inside it instead of widening the dialog).
    void showNoBrowser();
    // Hides the panel and stops counting.
    void stop();
    QLabel *codeLabel() const { return m_code; }
    QLabel *statusLabel() const { return m_status; }
    QLabel *noBrowserLabel() const { return m_noBrowser; }
    QLineEdit *addressField() const { return m_address; }
    QPushButton *copyButton() const { return m_copy; }

signals:
    void cancelRequested();

private:
    void applyStyle();
    void setNoBrowserShown(bool shown);
    void updateCountdown();

    BrowserSignIn *m_browser;
    QTimer *m_countdown;
    QElapsedTimer m_clock;
    QLabel *m_code;
    QLabel *m_status;
    QLabel *m_link;
    QLabel *m_noBrowser;
    QLineEdit *m_address;
    QPushButton *m_copy;
};
