#include "ui/shell/BrowserSignInPanel.h"

#include "services/session/BrowserSignIn.h"
#include "ui/common/Theme.h"
#include "ui/shell/SignInWidgets.h"

#include <QClipboard>
#include <QFontDatabase>
#include <QGridLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTimer>

BrowserSignInPanel::BrowserSignInPanel(BrowserSignIn *browser, QWidget *parent)
    : QFrame(parent), m_browser(browser), m_countdown(new QTimer(this)), m_code(new QLabel),
      m_status(new QLabel), m_link(SignInWidgets::smallLabel()),
      m_noBrowser(SignInWidgets::smallLabel()), m_address(new QLineEdit),
      m_copy(new QPushButton(tr("Copy")))
{
    setObjectName(QStringLiteral("browserPanel"));
    m_code->setObjectName(QStringLiteral("verificationCode"));
    m_code->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_code->setTextFormat(Qt::PlainText);
    QFont codeFont = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    codeFont.setPointSizeF(font().pointSizeF() * 1.8);
    codeFont.setBold(true);
    codeFont.setLetterSpacing(QFont::AbsoluteSpacing, 4);
    m_code->setFont(codeFont);
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_noBrowser->setObjectName(QStringLiteral("noBrowser"));
    m_noBrowser->setTextFormat(Qt::PlainText);
    m_noBrowser->setText(tr("No browser could be opened. Copy this address into a browser "
                            "yourself:"));
    m_address->setObjectName(QStringLiteral("signInAddress"));
    m_address->setReadOnly(true);
    m_copy->setObjectName(QStringLiteral("copySignInAddress"));
    m_copy->setToolTip(tr("Copy the sign-in address"));
    connect(m_copy, &QPushButton::clicked, this, [this] {
        QGuiApplication::clipboard()->setText(m_address->text());
        m_address->selectAll();
    });
    m_link->setTextFormat(Qt::RichText); // our own link, its address escaped
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
    auto *address = new QHBoxLayout;
    address->addWidget(m_address, 1);
    address->addWidget(m_copy);
    layout->addWidget(m_noBrowser, 2, 0, 1, 3);
    layout->addLayout(address, 3, 0, 1, 3);
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
    setNoBrowserShown(false);
    m_clock.start();
    updateCountdown();
    m_countdown->start();
    show();
}

void BrowserSignInPanel::showNoBrowser()
{
    // Beside the countdown, not in its place: the countdown rewrites its label every second.
    m_address->setText(m_browser->loginUrl().toString(QUrl::FullyEncoded));
    m_address->setCursorPosition(0);
    setNoBrowserShown(true);
    m_address->setFocus();
}

void BrowserSignInPanel::setNoBrowserShown(bool shown)
{
    m_noBrowser->setVisible(shown);
    m_address->setVisible(shown);
    m_copy->setVisible(shown);
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
