#include "ui/shell/SessionStatusLabels.h"

#include "domain/users/User.h"
#include "services/session/Session.h"
#include "ui/shell/SessionController.h"

#include <QLabel>
#include <QLocale>
#include <QStatusBar>

namespace {

QLabel *addLabel(QStatusBar *bar, const QString &name)
{
    auto *label = new QLabel;
    label->setObjectName(name);
    label->setTextFormat(Qt::PlainText); // names and e-mails come from the server
    label->setContentsMargins(8, 0, 8, 0);
    bar->addPermanentWidget(label);
    return label;
}

void showText(QLabel *label, const QString &text)
{
    label->setText(text);
    label->setVisible(!text.isEmpty());
}

} // namespace

SessionStatusLabels::SessionStatusLabels(QStatusBar *bar)
    : m_user(addLabel(bar, QStringLiteral("userLabel"))),
      m_organization(addLabel(bar, QStringLiteral("organizationLabel"))),
      m_token(addLabel(bar, QStringLiteral("tokenLabel"))),
      m_profile(addLabel(bar, QStringLiteral("profileLabel")))
{
    m_profile->setForegroundRole(QPalette::PlaceholderText);
}

QString SessionStatusLabels::shortTime(const QDateTime &time)
{
    const QDateTime local = time.toLocalTime();
    const QLocale locale;
    if (local.date() == QDate::currentDate())
        return locale.toString(local.time(), QLocale::ShortFormat);
    return locale.toString(local, QLocale::ShortFormat);
}

void SessionStatusLabels::update(const SessionController &controller)
{
    using State = SessionController::State;
    const State state = controller.state();
    const QString user = controller.userName();
    const QString organizationId = controller.organizationId();
    const QString organization =
        controller.organizationName().isEmpty() ? organizationId : controller.organizationName();

    const QString email = User::emailIn(controller.session()->me());
    if (state == State::SignedIn) {
        m_user->setText(email.isEmpty() || email == user
                            ? tr("Signed in as %1").arg(user)
                            : tr("Signed in as %1 <%2>").arg(user, email));
    } else if (state == State::SigningIn) {
        m_user->setText(tr("Signing in…"));
    } else if (state == State::Expired) {
        m_user->setText(tr("Session ended"));
    } else {
        m_user->setText(tr("Not signed in"));
    }
    showText(m_organization, organizationId.isEmpty() || state == State::SignedOut ? QString()
                             : organization == organizationId
                                 ? tr("Organization %1").arg(organizationId)
                                 : tr("%1 (organization %2)").arg(organization, organizationId));

    showText(m_token, tokenText(controller));
    showText(m_profile, controller.hasProfile() && state != State::SignedOut
                            ? tr("Profile: %1").arg(controller.profile().shownName())
                            : QString());
}

QString SessionStatusLabels::tokenText(const SessionController &controller)
{
    using State = SessionController::State;
    const State state = controller.state();
    const TokenClaims &claims = controller.claims();
    // A token the server no longer accepts is valid until nothing: say only what stays true.
    if (state == State::Expired)
        return claims.isValid() && claims.isExpired()
                   ? tr("Token expired %1").arg(shortTime(claims.expiresAt()))
                   : tr("Token no longer accepted");
    QStringList token;
    if (state != State::SignedOut && claims.isValid()) {
        if (claims.expiresAt().isValid())
            token << (claims.isExpired()
                          ? tr("Token expired %1").arg(shortTime(claims.expiresAt()))
                          : tr("Token valid until %1").arg(shortTime(claims.expiresAt())));
        else if (claims.isApiToken())
            token << tr("API token");
        if (claims.isAnonymized())
            token << tr("anonymized");
    }
    if (state != State::SignedOut && controller.session()->isReadOnly())
        token << tr("read-only");
    return token.join(QStringLiteral(", "));
}
