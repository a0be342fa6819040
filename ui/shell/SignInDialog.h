#pragma once

#include "services/session/Profile.h"
#include "services/session/TokenStore.h"

#include <QDialog>
#include <functional>

class BrowserSignIn;
class TokenCheck;
class BrowserSignInPanel;
class MessageWidget;
class ProfileForm;
class QCheckBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class ProfileStore;

// Choose, create, rename and delete profiles, then sign in with a pasted token or through the
// portal in the browser (the epilot CLI's protocol). The token goes to the keychain; where
// there is none, the user may keep it for this run only. Nothing is ever stored in plain text.
class SignInDialog : public QDialog
{
    Q_OBJECT
public:
    SignInDialog(ProfileStore *profiles, TokenStore *tokens, QWidget *parent = nullptr);
    ~SignInDialog() override;

    void selectProfile(const QString &name);
    // Says why the dialog opened (e.g. the session ended).
    void setReason(const QString &text);
    // Who was signed in with `profileName` before: a browser sign-in as someone else or into
    // another organization asks first.
    void setPreviousAccount(const QString &profileName, const QString &userId,
                            const QString &organizationId);

    // The profile shown in the form, as typed (may be invalid).
    Profile editedProfile() const;
    QString message() const;

    // Seams for tests; the defaults ask the user and open the system browser.
    void setKeepForSessionQuestion(std::function<bool(const QString &problem)> ask);
    void setUrlOpener(std::function<bool(const QUrl &)> open);
    // Asked when the portal's token is for another person or organization than before.
    void setOtherAccountQuestion(std::function<bool(const QString &question)> ask);

    // Test access to the widgets a person would use.
    QLineEdit *tokenField() const { return m_token; }
    QPushButton *signInButton() const { return m_signInButton; }
    QPushButton *browserButton() const { return m_browserButton; }
    QLineEdit *urlField(int index) const;
    QLabel *urlMessage(int index) const;
    BrowserSignIn *browserSignIn() const { return m_browser; }
    QLabel *verificationCodeLabel() const;
    BrowserSignInPanel *browserPanel() const { return m_browserPanel; }

signals:
    // The token is stored (or kept for this run); the dialog closes right after.
    void signedIn(const Profile &profile, const QString &token, bool readOnly);

private:
    void buildLayout();
    void reloadProfiles(const QString &select);
    void onProfileSelected();
    void showProfile(const Profile &profile);
    // Saves the form into the profile store; false (with a message) if it cannot.
    bool saveProfile(Profile *saved);
    void createProfile();
    void renameProfile();
    void deleteProfile();
    void refreshStoredTokenState();
    void signInWithToken();
    void signInWithBrowser();
    void cancelBrowser();
    void onBrowserSignedIn(const QString &token, const QString &organizationId,
                           const QString &userId);
    // Whether the confirmed account is another one than the profile had; fills `question`.
    bool isOtherAccount(const Profile &profile, const QString &userId,
                        const QString &organizationId, const QString &who, QString *question) const;
    void storeAndFinish(const Profile &profile, const QString &token);
    void finish(const Profile &profile, const QString &token);
    void setBusy(bool busy);
    void showMessage(const QString &text, bool error = true);
    QString currentName() const;

    ProfileStore *m_profiles;
    TokenStore *m_tokens;
    BrowserSignIn *m_browser;
    std::function<bool(const QString &)> m_askKeepForSession;
    std::function<bool(const QUrl &)> m_openUrl;
    std::function<bool(const QString &)> m_askOtherAccount;
    TokenCheck *m_check;
    struct PreviousAccount
    {
        QString profileName, userId, organizationId;
    } m_previous;

    QString m_draftName; // a profile not saved yet (no profiles exist, or "New")
    bool m_hasStoredToken = false;

    MessageWidget *m_reason;
    QListWidget *m_list;
    QPushButton *m_newButton;
    QPushButton *m_renameButton;
    QPushButton *m_deleteButton;
    ProfileForm *m_form;
    QLineEdit *m_token;
    QLabel *m_tokenState;
    QCheckBox *m_readOnly;
    QCheckBox *m_anonymize;
    BrowserSignInPanel *m_browserPanel;
    MessageWidget *m_message;
    QPushButton *m_browserButton;
    QPushButton *m_signInButton;
    QPushButton *m_cancelButton;
};
