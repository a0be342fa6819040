#include "ui/shell/BrowserSignInPanel.h"

#include "services/session/BrowserSignIn.h"
#include "ui/common/Theme.h"
#include "ui/shell/SignInWidgets.h"

#include <QFontDatabase>
#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QTimer>

BrowserSignInPanel::BrowserSignInPanel(BrowserSignIn *browser, QWidget *parent)
    : QFrame(parent), m_browser(browser), m_countdown(new QTimer(this)), m_code(new QLabel),
      m_status(new QLabel), m_link(SignInWidgets::smallLabel())
{
    setObjectName(QStringLiteral("browserPanel"));
    m_code->setObjectName(QStringLiteral("verificationCode"));
    m_code->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont codeFont = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    codeFont.setPointSizeF(font().pointSizeF() * 1.8);
    codeFont.setBold(true);
    codeFont.setLetterSpacing(QFont::AbsoluteSpacing, 4);
    m_code->setFont(codeFont);
    m_status->setWordWrap(true);
    m_link->setOpenExternalLinks(true);
    m_link->setTextInteractionFlags(Qt::TextBrowserInteraction);
    auto *cancel = new QPushButton(tr("Cancel browser sign-in"));
    connect(cancel, &QPushButton::clicked, this, &BrowserSignInPanel::cancelRequested);
    auto *caption = new QLabel(tr("Verification code"));
    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(12, 8, 12, 10);
    layout->addWidget(caption, 0, 0);
    layout->addWidget(m_code, 1, 0);
    layout->addWidget(m_status, 0, 1);
    layout->addWidget(m_link, 1, 1);
    layout->addWidget(cancel, 0, 2, 2, 1, Qt::AlignVCenter);
    layout->setColumnStretch(1, 1);
    layout->setHorizontalSpacing(18);

    m_countdown->setInterval(1000);
    connect(m_countdown, &QTimer::timeout, this, &BrowserSignInPanel::updateCountdown);
    hide();
}

void BrowserSignInPanel::applyStyle()
{
    // Taken when shown, so the panel follows a light or dark palette of the moment.
    using Theme::Color;
    setStyleSheet(QStringLiteral("QFrame#browserPanel { background: %1; border: 1px solid %2; "
                                 "border-radius: 6px; } QFrame#browserPanel QLabel { color: %3; }")
                      .arg(Theme::name(Color::InfoBackground, palette()),
                           Theme::name(Color::InfoBorder, palette()),
                           Theme::name(Color::TextOnBackground, palette())));
}

void BrowserSignInPanel::start()
{
    applyStyle();
    m_code->setText(m_browser->verificationCode());
    const QString link = m_browser->loginUrl().toString(QUrl::FullyEncoded);
    m_link->setText(tr("<a href=\"%1\">Open the sign-in page again</a>").arg(link.toHtmlEscaped()));
    m_clock.start();
    updateCountdown();
    m_countdown->start();
    show();
}

void BrowserSignInPanel::showNoBrowser()
{
    const QString link = m_browser->loginUrl().toString(QUrl::FullyEncoded);
    m_status->setText(tr("No browser could be opened. Open this address yourself:\n%1").arg(link));
}

void BrowserSignInPanel::stop()
{
    m_countdown->stop();
    hide();
}

void BrowserSignInPanel::updateCountdown()
{
    const qint64 left =
        std::max<qint64>(0, (m_browser->timeout().count() - m_clock.elapsed() + 999) / 1000);
    m_status->setText(tr("Check that the portal shows this code, then confirm there. "
                         "Waiting for the portal… %1:%2 left")
                          .arg(left / 60)
                          .arg(left % 60, 2, 10, QLatin1Char('0')));
}
