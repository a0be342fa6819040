#include "ui/shell/SignInDialog.h"

#include "domain/users/User.h"
#include "services/session/BrowserSignIn.h"
#include "services/session/ProfileStore.h"
#include "services/session/TokenCheck.h"
#include "services/session/TokenClaims.h"
#include "ui/common/Icons.h"
#include "ui/common/MessageWidget.h"
#include "ui/shell/BrowserSignInPanel.h"
#include "ui/shell/ProfileForm.h"
#include "ui/shell/SignInWidgets.h"

#include <QAction>
#include <QCheckBox>
#include <QDesktopServices>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace {

constexpr int nameRole = Qt::UserRole;
constexpr int draftRole = Qt::UserRole + 1;

// A pasted token sometimes comes with its header name.
QString cleanToken(QString token)
{
    token = token.trimmed();
    if (token.startsWith(QLatin1String("Bearer "), Qt::CaseInsensitive))
        token = token.mid(7).trimmed();
    return token;
}

} // namespace

SignInDialog::SignInDialog(ProfileStore *profiles, TokenStore *tokens, QWidget *parent)
    : QDialog(parent), m_profiles(profiles), m_tokens(tokens), m_browser(new BrowserSignIn(this)),
      m_check(new TokenCheck(this))
{
    setObjectName(QStringLiteral("signInDialog"));
    setWindowTitle(tr("Sign in to epilot"));
    setWindowIcon(Icons::application());
    m_askKeepForSession = [this](const QString &problem) {
        return SignInWidgets::askKeepForSession(this, problem);
    };
    m_openUrl = [](const QUrl &url) { return QDesktopServices::openUrl(url); };
    m_askOtherAccount = [this](const QString &question) {
        return SignInWidgets::askOtherAccount(this, question);
    };

    buildLayout();

    connect(m_browser, &BrowserSignIn::signedIn, this, &SignInDialog::onBrowserSignedIn);
    connect(m_browser, &BrowserSignIn::failed, this, [this](const QString &text) {
        m_browserPanel->stop();
        showMessage(text);
    });
    connect(m_browser, &BrowserSignIn::finished, this, [this] {
        m_browserPanel->stop();
        setBusy(false);
    });

    const QString last = m_profiles->lastUsed();
    reloadProfiles(last.isEmpty() && !m_profiles->names().isEmpty() ? m_profiles->names().first()
                                                                    : last);
}

SignInDialog::~SignInDialog() = default;

void SignInDialog::buildLayout()
{
    m_reason = new MessageWidget(MessageWidget::Style::Banner);
    m_reason->setObjectName(QStringLiteral("reason"));

    // Profiles column.
    m_list = new QListWidget;
    m_list->setObjectName(QStringLiteral("profiles"));
    m_list->setIconSize(QSize(18, 18));
    m_newButton = new QPushButton(Icons::get(QStringLiteral("add")), tr("New…"));
    m_renameButton = new QPushButton(tr("Rename…"));
    m_deleteButton = new QPushButton(Icons::get(QStringLiteral("delete")), tr("Delete"));
    m_newButton->setToolTip(tr("Create a profile"));
    m_renameButton->setToolTip(tr("Rename the selected profile"));
    m_deleteButton->setToolTip(tr("Delete the selected profile and its stored token"));
    connect(m_list, &QListWidget::currentRowChanged, this, &SignInDialog::onProfileSelected);
    connect(m_newButton, &QPushButton::clicked, this, &SignInDialog::createProfile);
    connect(m_renameButton, &QPushButton::clicked, this, &SignInDialog::renameProfile);
    connect(m_deleteButton, &QPushButton::clicked, this, &SignInDialog::deleteProfile);
    auto *profileButtons = new QHBoxLayout;
    profileButtons->setSpacing(4);
    profileButtons->addWidget(m_newButton);
    profileButtons->addWidget(m_renameButton);
    profileButtons->addWidget(m_deleteButton);
    auto *left = new QVBoxLayout;
    left->addWidget(SignInWidgets::sectionHeading(tr("Profiles")));
    left->addWidget(m_list, 1);
    left->addLayout(profileButtons);

    // Profile form.
    m_form = new ProfileForm;

    // Token.
    m_token = new QLineEdit;
    m_token->setObjectName(QStringLiteral("token"));
    m_token->setEchoMode(QLineEdit::Password);
    m_token->setClearButtonEnabled(true);
    m_token->addAction(Icons::get(QStringLiteral("key")), QLineEdit::LeadingPosition);
    m_token->setPlaceholderText(tr("Paste an access token"));
    m_tokenState = SignInWidgets::smallLabel();
    m_tokenState->setObjectName(QStringLiteral("tokenState"));
    m_tokenState->setForegroundRole(QPalette::PlaceholderText);
    m_readOnly = new QCheckBox(tr("Read-only session"));
    m_readOnly->setToolTip(tr("Disable everything that changes data, whatever the token allows"));
    m_anonymize = new QCheckBox(tr("Anonymized personal data (browser sign-in)"));
    m_anonymize->setToolTip(tr("Ask the portal for a token that sees personal data anonymized"));
    auto *options = new QHBoxLayout;
    options->addWidget(m_readOnly);
    options->addSpacing(16);
    options->addWidget(m_anonymize);
    options->addStretch();

    // Browser sign-in, shown while waiting for the portal.
    m_browserPanel = new BrowserSignInPanel(m_browser);
    connect(m_browserPanel, &BrowserSignInPanel::cancelRequested, this,
            &SignInDialog::cancelBrowser);

    auto *right = new QVBoxLayout;
    right->addWidget(m_form);
    right->addSpacing(10);
    right->addWidget(SignInWidgets::sectionHeading(tr("Access token")));
    right->addWidget(m_token);
    right->addWidget(m_tokenState);
    right->addLayout(options);
    right->addWidget(m_browserPanel);
    right->addStretch();

    auto *columns = new QHBoxLayout;
    columns->setSpacing(18);
    columns->addLayout(left, 0);
    columns->addLayout(right, 1);

    m_message = new MessageWidget(MessageWidget::Style::Inline);
    m_message->setObjectName(QStringLiteral("message"));

    m_browserButton =
        new QPushButton(Icons::get(QStringLiteral("browser")), tr("Sign in with browser"));
    m_browserButton->setToolTip(tr("Log in on the portal; the token comes back to this app"));
    m_signInButton = new QPushButton(Icons::get(QStringLiteral("sign-in")), tr("Sign in"));
    m_signInButton->setDefault(true);
    m_cancelButton = new QPushButton(tr("Cancel"));
    connect(m_browserButton, &QPushButton::clicked, this, &SignInDialog::signInWithBrowser);
    connect(m_signInButton, &QPushButton::clicked, this, &SignInDialog::signInWithToken);
    connect(m_cancelButton, &QPushButton::clicked, this, [this] {
        if (m_browser->isActive())
            m_browser->cancel();
        reject();
    });
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_browserButton);
    buttons->addStretch();
    buttons->addWidget(m_cancelButton);
    buttons->addWidget(m_signInButton);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(18, 16, 18, 14);
    layout->setSpacing(12);
    layout->addWidget(m_reason);
    layout->addLayout(columns, 1);
    layout->addWidget(m_message);
    layout->addLayout(buttons);

    m_list->setFixedWidth(240);
    resize(860, 560);
}

void SignInDialog::selectProfile(const QString &name)
{
    for (int row = 0; row < m_list->count(); ++row) {
        if (m_list->item(row)->data(nameRole).toString().compare(name, Qt::CaseInsensitive) == 0) {
            m_list->setCurrentRow(row);
            return;
        }
    }
}

void SignInDialog::setReason(const QString &text)
{
    m_reason->showMessage(MessageWidget::Level::Warning, text);
}

Profile SignInDialog::editedProfile() const
{
    return m_form->editedProfile();
}

QString SignInDialog::message() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

void SignInDialog::setKeepForSessionQuestion(std::function<bool(const QString &)> ask)
{
    m_askKeepForSession = std::move(ask);
}

void SignInDialog::setUrlOpener(std::function<bool(const QUrl &)> open)
{
    m_openUrl = std::move(open);
}

void SignInDialog::setOtherAccountQuestion(std::function<bool(const QString &)> ask)
{
    m_askOtherAccount = std::move(ask);
}

void SignInDialog::setPreviousAccount(const QString &profileName, const QString &userId,
                                      const QString &organizationId)
{
    m_previous = {profileName, userId, organizationId};
}

QLineEdit *SignInDialog::urlField(int index) const
{
    return m_form->urlField(index);
}

QLabel *SignInDialog::urlMessage(int index) const
{
    return m_form->urlMessage(index);
}

QLabel *SignInDialog::verificationCodeLabel() const
{
    return m_browserPanel->codeLabel();
}

QString SignInDialog::currentName() const
{
    return m_form->shownName();
}

void SignInDialog::reloadProfiles(const QString &select)
{
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    for (const QString &name : m_profiles->names()) {
        auto *item = new QListWidgetItem(Icons::get(QStringLiteral("account")), name, m_list);
        item->setData(nameRole, name);
    }
    if (m_profiles->names().isEmpty() && m_draftName.isEmpty())
        m_draftName = QStringLiteral("epilot");
    if (!m_draftName.isEmpty()) {
        auto *item = new QListWidgetItem(Icons::get(QStringLiteral("add")),
                                         tr("%1 (new)").arg(m_draftName), m_list);
        item->setData(nameRole, m_draftName);
        item->setData(draftRole, true);
    }
    int row = 0;
    for (int index = 0; index < m_list->count(); ++index) {
        if (m_list->item(index)->data(nameRole).toString() == select)
            row = index;
    }
    m_list->setCurrentRow(row);
    m_form->forgetProfile();
    onProfileSelected();
}

void SignInDialog::onProfileSelected()
{
    QListWidgetItem *item = m_list->currentItem();
    if (!item)
        return;
    const QString name = item->data(nameRole).toString();
    const QString shown = currentName();
    if (name == shown)
        return;
    // Keep what was typed for the profile being left, if it can be kept.
    if (!shown.isEmpty() && m_profiles->contains(shown) &&
        editedProfile() != *m_profiles->find(shown)) {
        Profile saved;
        if (!saveProfile(&saved)) {
            selectProfile(shown);
            return;
        }
    }
    const bool draft = item->data(draftRole).toBool();
    showProfile(draft ? Profile::withDefaults(name)
                      : m_profiles->find(name).value_or(Profile::withDefaults(name)));
    m_message->clear();
    m_token->clear();
    m_form->validate();
    refreshStoredTokenState();
}

void SignInDialog::showProfile(const Profile &profile)
{
    m_form->showProfile(profile);
    const bool draft = !m_draftName.isEmpty() && profile.name == m_draftName;
    m_deleteButton->setEnabled(!draft);
}

bool SignInDialog::saveProfile(Profile *saved)
{
    if (!m_form->validate()) {
        showMessage(tr("Correct the profile's addresses first."));
        return false;
    }
    const Profile profile = editedProfile();
    const bool draft = !m_draftName.isEmpty() && profile.name == m_draftName;
    const QString problem =
        draft ? m_profiles->add(profile)
              : (editedProfile() == m_profiles->find(profile.name).value_or(Profile())
                     ? QString()
                     : m_profiles->update(profile.name, profile));
    if (!problem.isEmpty()) {
        showMessage(problem);
        return false;
    }
    if (draft) {
        m_draftName.clear();
        const QSignalBlocker blocker(m_list);
        QListWidgetItem *item = m_list->item(m_list->count() - 1);
        item->setText(profile.name);
        item->setIcon(Icons::get(QStringLiteral("account")));
        item->setData(draftRole, false);
        m_deleteButton->setEnabled(true);
    }
    *saved = profile;
    return true;
}

void SignInDialog::createProfile()
{
    bool accepted = false;
    const QString name = QInputDialog::getText(this, tr("New profile"), tr("Name of the profile:"),
                                               QLineEdit::Normal, QString(), &accepted);
    if (!accepted)
        return;
    if (const QString problem = Profile::validateName(name); !problem.isEmpty())
        return showMessage(problem);
    if (m_profiles->contains(name))
        return showMessage(tr("There is already a profile called \"%1\".").arg(name));
    if (const QString problem = m_profiles->add(Profile::withDefaults(name)); !problem.isEmpty())
        return showMessage(problem);
    m_draftName.clear();
    reloadProfiles(name);
    m_form->focusFirstField();
}

void SignInDialog::renameProfile()
{
    const QString oldName = currentName();
    bool accepted = false;
    const QString newName = QInputDialog::getText(this, tr("Rename profile"), tr("New name:"),
                                                  QLineEdit::Normal, oldName, &accepted);
    if (!accepted || newName == oldName)
        return;
    if (const QString problem = Profile::validateName(newName); !problem.isEmpty())
        return showMessage(problem);
    if (oldName == m_draftName) {
        if (m_profiles->contains(newName))
            return showMessage(tr("There is already a profile called \"%1\".").arg(newName));
        m_draftName = newName;
        reloadProfiles(newName);
        return;
    }
    if (const QString problem = m_profiles->rename(oldName, newName); !problem.isEmpty())
        return showMessage(problem);
    // The stored token follows the profile to its new name.
    m_tokens->move(oldName, newName, this, [this](const TokenStore::Result &result) {
        if (!result.ok() && result.status != TokenStore::Status::NotFound)
            showMessage(tr("The profile was renamed, but its token could not be moved: %1")
                            .arg(result.message));
        refreshStoredTokenState();
    });
    reloadProfiles(newName);
}

void SignInDialog::deleteProfile()
{
    const QString name = currentName();
    if (name.isEmpty() || !m_profiles->contains(name))
        return;
    const auto answer = QMessageBox::question(
        this, tr("Delete profile"),
        tr("Delete the profile \"%1\" and the token stored for it?").arg(name),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    if (const QString problem = m_profiles->remove(name); !problem.isEmpty())
        return showMessage(problem);
    m_tokens->remove(name, this, [this](const TokenStore::Result &result) {
        if (!result.ok())
            showMessage(tr("The profile was deleted, but its token could not be removed from "
                           "the keychain: %1")
                            .arg(result.message));
    });
    reloadProfiles(QString());
}

void SignInDialog::refreshStoredTokenState()
{
    m_hasStoredToken = false;
    const QString name = currentName();
    if (name.isEmpty() || name == m_draftName) {
        m_tokenState->setText(tr("Paste a token, or sign in with the browser."));
        return;
    }
    m_tokenState->setText(tr("Looking for a stored token…"));
    m_tokens->read(name, this, [this, name](const TokenStore::Result &result) {
        if (name != currentName())
            return;
        m_hasStoredToken = result.ok();
        switch (result.status) {
        case TokenStore::Status::Ok:
            m_tokenState->setText(
                m_tokens->hasSessionToken(name)
                    ? tr("A token is kept for this run. Leave the field empty to use it.")
                    : tr("A token is stored in the keychain. Leave the field empty to use it, "
                         "or paste a new one."));
            break;
        case TokenStore::Status::NotFound:
            m_tokenState->setText(tr("No token is stored for this profile yet."));
            break;
        default:
            m_tokenState->setText(result.message);
            break;
        }
    });
}

void SignInDialog::signInWithToken()
{
    m_message->clear();
    const QString token = cleanToken(m_token->text());
    if (token.isEmpty() && !m_hasStoredToken) {
        m_token->setFocus();
        return showMessage(tr("Paste an access token, or use \u201cSign in with browser\u201d."));
    }
    if (!token.isEmpty()) {
        const TokenClaims claims = TokenClaims::decode(token);
        if (claims.isValid() && claims.isExpired())
            return showMessage(tr("This token expired on %1. Get a new one.")
                                   .arg(QLocale().toString(claims.expiresAt().toLocalTime(),
                                                           QLocale::ShortFormat)));
    }
    Profile profile;
    if (!saveProfile(&profile))
        return;
    if (!token.isEmpty())
        return storeAndFinish(profile, token);
    setBusy(true);
    m_tokens->read(profile.name, this, [this, profile](const TokenStore::Result &result) {
        setBusy(false);
        if (!result.ok() || result.token.isEmpty())
            return showMessage(result.message.isEmpty() ? tr("No token is stored.")
                                                        : result.message);
        finish(profile, result.token);
    });
}

void SignInDialog::signInWithBrowser()
{
    m_message->clear();
    Profile profile;
    if (!saveProfile(&profile))
        return;
    BrowserSignIn::Options options;
    options.readOnly = m_readOnly->isChecked();
    options.anonymize = m_anonymize->isChecked();
    if (const QString problem = m_browser->start(profile.portal, options); !problem.isEmpty())
        return showMessage(problem);
    setBusy(true);
    m_browserPanel->start();
    if (!m_openUrl(m_browser->loginUrl()))
        m_browserPanel->showNoBrowser();
}

void SignInDialog::cancelBrowser()
{
    m_browser->cancel();
    showMessage(tr("Browser sign-in cancelled."), false);
}

void SignInDialog::onBrowserSignedIn(const QString &token, const QString &organizationId,
                                     const QString &userId)
{
    const std::optional<Profile> profile = m_profiles->find(currentName());
    if (!profile)
        return showMessage(tr("The profile was removed while signing in."));
    // Nothing is stored before the server confirmed the token and said whose it is.
    setBusy(true);
    showMessage(tr("Checking the portal's token with the server…"), false);
    m_check->check(
        profile->endpoints, token, this,
        [this, profile = *profile, token, organizationId,
         userId](const TokenCheck::Result &result) {
            setBusy(false);
            if (!result.ok())
                return showMessage(tr("Not signed in: the token from the portal does not work. %1")
                                       .arg(result.error));
            // The portal names the account it signed in; the token must agree.
            if ((!userId.isEmpty() && userId != result.userId) ||
                (!organizationId.isEmpty() && organizationId != result.organizationId))
                return showMessage(tr("Not signed in: the portal's answer names "
                                      "another account than its token."));
            const std::optional<User> user = User::fromJson(result.me);
            const QString name = user ? user->label() : User::emailIn(result.me);
            const QString who =
                tr("%1 in organization %2")
                    .arg(name.isEmpty() ? result.userId : name, result.organizationId);
            QString question;
            if (isOtherAccount(profile, result.userId, result.organizationId, who, &question) &&
                !m_askOtherAccount(question))
                return showMessage(tr("Not signed in: you chose not to continue as "
                                      "%1. Nothing was stored.")
                                       .arg(who));
            showMessage(tr("Signed in as %1.").arg(who), false);
            storeAndFinish(profile, token);
        });
}

bool SignInDialog::isOtherAccount(const Profile &profile, const QString &userId,
                                  const QString &organizationId, const QString &who,
                                  QString *question) const
{
    const bool sameProfile = m_previous.profileName == profile.name;
    const QString previousUser = sameProfile ? m_previous.userId : QString();
    const QString previousOrganization = sameProfile && !m_previous.organizationId.isEmpty()
                                             ? m_previous.organizationId
                                             : profile.organizationId;
    if (!previousUser.isEmpty() && previousUser != userId) {
        *question = tr("The portal signed you in as %1, but \"%2\" was used by another person "
                       "(user %3). Continue as %1?")
                        .arg(who, profile.shownName(), previousUser);
        return true;
    }
    if (!previousOrganization.isEmpty() && previousOrganization != organizationId) {
        *question = tr("The portal signed you in as %1, but \"%2\" was used for organization "
                       "%3. Continue in organization %4?")
                        .arg(who, profile.shownName(), previousOrganization, organizationId);
        return true;
    }
    return false;
}

void SignInDialog::storeAndFinish(const Profile &profile, const QString &token)
{
    setBusy(true);
    m_tokens->write(
        profile.name, token, this, [this, profile, token](const TokenStore::Result &result) {
            setBusy(false);
            if (result.ok())
                return finish(profile, token);
            if (m_askKeepForSession(result.message)) {
                m_tokens->keepForSession(profile.name, token);
                return finish(profile, token);
            }
            showMessage(tr("Not signed in: the token was not stored. %1").arg(result.message));
        });
}

void SignInDialog::finish(const Profile &profile, const QString &token)
{
    m_token->clear();
    emit signedIn(profile, token, m_readOnly->isChecked());
    accept();
}

void SignInDialog::setBusy(bool busy)
{
    const bool waiting = busy || m_browser->isActive();
    for (QWidget *widget : std::initializer_list<QWidget *>{
             m_list, m_newButton, m_renameButton, m_deleteButton, m_token, m_readOnly, m_anonymize,
             m_browserButton, m_signInButton}) {
        widget->setEnabled(!waiting);
    }
    m_form->setFieldsEnabled(!waiting);
    if (!waiting)
        m_deleteButton->setEnabled(m_draftName.isEmpty() || currentName() != m_draftName);
}

void SignInDialog::showMessage(const QString &text, bool error)
{
    m_message->showMessage(error ? MessageWidget::Level::Error : MessageWidget::Level::Info, text);
}
