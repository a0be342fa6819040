// The last points of issue 20, through the real pages against the emulator: in a 1280x800 window
// the Users list has the room (no sideways scrolling, Roles and Groups whole, the details a
// narrower column), the Organization page shows its fixed values in words of the interface
// language (the server's value in the tool tip), and a partner role's type and a grant's effect
// read as words, not as the API's `share_role` and `allow`.
// EPILOT_SCREENSHOT_DIR set: the window is kept as a picture in English and German.
#include "models/UserMemberships.h"
#include "services/session/ProfileStore.h"
#include "services/session/Session.h"
#include "services/session/TokenStore.h"
#include "tests/support/E2eEnvironment.h"
#include "ui/organization/OrganizationPane.h"
#include "ui/partners/PartnerRolesPage.h"
#include "ui/partners/PartnerUsersRolesPane.h"
#include "ui/partners/grants/RoleEditor.h"
#include "ui/partners/grants/RoleReviewDialog.h"
#include "ui/shell/InterfaceLanguage.h"
#include "ui/shell/MainWindow.h"
#include "ui/shell/SignInDialog.h"
#include "ui/users/UserDetailPanel.h"
#include "ui/users/UsersPane.h"

#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QScopeGuard>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QSplitter>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QTreeWidget>

namespace {

void shoot(QWidget *widget, const QString &name)
{
    const QString directory = qEnvironmentVariable("EPILOT_SCREENSHOT_DIR");
    if (!directory.isEmpty())
        widget->grab().save(QStringLiteral("%1/%2.png").arg(directory, name));
}

// German as the translator will give it, for the words this test looks at (the .ts files are
// merged later; the point is that the words go through the translation at all).
class GermanWords : public QTranslator
{
public:
    QString translate(const char *context, const char *source, const char *, int) const override
    {
        static const QHash<QString, QString> words{
            {QStringLiteral("OrganizationWords|Vendor"), QStringLiteral("Anbieter")},
            {QStringLiteral("OrganizationWords|Production"), QStringLiteral("Produktivumgebung")},
            {QStringLiteral("OrganizationWords|Professional"), QStringLiteral("Professional")},
            {QStringLiteral("RoleKindText|Share role"), QStringLiteral("Freigaberolle")},
            {QStringLiteral("Grant|Allow"), QStringLiteral("Erlauben")},
            {QStringLiteral("Grant|Deny"), QStringLiteral("Verweigern")},
        };
        return words.value(QString::fromUtf8(context) + QLatin1Char('|') +
                           QString::fromUtf8(source));
    }
    bool isEmpty() const override { return false; }
};

QPushButton *buttonNamed(QWidget *root, const QString &text)
{
    for (QPushButton *button : root->findChildren<QPushButton *>()) {
        if (button->text() == text)
            return button;
    }
    return nullptr;
}

} // namespace

class ReadablePagesTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    E2eEnvironment m_environment;
    QNetworkAccessManager m_network;
    Session *m_session = nullptr;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QCoreApplication::setOrganizationName(QStringLiteral("epilot-admin-test"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_readable_pages"));
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.path());
        QSettings().clear();
        QString error;
        QVERIFY2(m_environment.start(&error), qPrintable(error));
        m_session = new Session(&m_network, this);
        QSignalSpy me(m_session, &Session::meChanged);
        m_session->begin(m_environment.endpoints(), m_environment.token());
        QVERIFY(me.wait(15000));
        RoleReviewDialog::setAutomaticAnswer(false);
    }

    void cleanupTestCase() { RoleReviewDialog::setAutomaticAnswer(std::nullopt); }

    void usersListHasTheRoomInTheWindow_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << QStringLiteral("en");
        QTest::newRow("de") << QStringLiteral("de");
    }

    // Issue 20: at 1280x800 the table scrolled sideways (Roles cut, Groups off screen) beside
    // details that took about 40 % of the page.
    void usersListHasTheRoomInTheWindow()
    {
        QFETCH(QString, language);
        QTranslator german;
        if (language == QLatin1String("de")) {
            QVERIFY(InterfaceLanguage::load(&german, language));
            QCoreApplication::installTranslator(&german);
        }
        const auto removeGerman =
            qScopeGuard([&german] { QCoreApplication::removeTranslator(&german); });
        QSettings().remove(QStringLiteral("users")); // a first start
        ProfileStore profiles(m_dir.filePath(QStringLiteral("profiles.ini")));
        TokenStore tokens(QStringLiteral("epilot-admin-test"));
        MainWindow window(&m_network, &profiles, &tokens);
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        Profile profile = Profile::withDefaults(QStringLiteral("Emulator"));
        profile.endpoints = m_environment.endpoints();
        window.startSession(profile, m_environment.token());
        QVERIFY(QTest::qWaitFor([&] { return !window.session()->userId().isEmpty(); }, 15000));
        if (SignInDialog *signIn = window.signInDialog())
            signIn->close();
        QCOMPARE(window.paneKey(0), QStringLiteral("users"));
        window.showPane(0);
        auto *users = qobject_cast<UsersPane *>(window.pane(0));
        QVERIFY(users);
        QVERIFY(QTest::qWaitFor(
            [&] { return users->model()->rowCount() > 0 && !users->model()->isLoading(); }, 15000));
        QVERIFY(QTest::qWaitFor([&] { return users->memberships()->hasRoles(); }, 15000));
        QVERIFY(QTest::qWaitFor([&] { return users->memberships()->hasGroups(); }, 15000));
        users->showUser(window.session()->userId());
        QVERIFY(QTest::qWaitFor([&] { return users->details()->editor()->isLoaded(); }, 15000));

        QTableView *table = users->table();
        QHeaderView *header = table->horizontalHeader();
        const auto describe = [&] {
            return QStringLiteral("table %1 px, details %2 px, columns %3 px in %4 px")
                .arg(table->width())
                .arg(users->details()->width())
                .arg(header->length())
                .arg(table->viewport()->width());
        };
        QTRY_VERIFY2(!table->horizontalScrollBar()->isVisible(), qPrintable(describe()));
        const QString where = describe();
        shoot(&window, QStringLiteral("users-window-") + language);
        for (int column = 0; column < header->count(); ++column) {
            if (header->isSectionHidden(column))
                continue;
            const int left = header->sectionViewportPosition(column);
            QVERIFY2(left >= 0 && left + header->sectionSize(column) <= table->viewport()->width(),
                     qPrintable(where));
        }
        // Roles and Groups are shown, each at least as wide as its title.
        for (int column : {int(UserListModel::Roles), int(UserListModel::Groups)}) {
            QVERIFY(!header->isSectionHidden(column));
            QVERIFY2(header->sectionSize(column) >= header->sectionSizeHint(column),
                     qPrintable(where));
        }
        // The list has two thirds of the room; the details' form is whole.
        const QList<int> sizes = users->findChild<QSplitter *>()->sizes();
        QVERIFY2(sizes.at(0) * 100 >= (sizes.at(0) + sizes.at(1)) * 65, qPrintable(where));
        for (const QScrollArea *area : users->details()->findChildren<QScrollArea *>()) {
            if (area->isVisible())
                QVERIFY2(!area->horizontalScrollBar()->isVisible(), qPrintable(where));
        }
        // Save and Revert are whole inside the window whatever the form's height: a person never
        // scrolls to find them.
        for (const QPushButton *button :
             {users->details()->saveButton(), users->details()->revertButton()}) {
            const QRect inWindow(button->mapTo(&window, QPoint(0, 0)), button->size());
            QVERIFY2(button->isVisible() && window.rect().contains(inWindow) &&
                         button->visibleRegion().boundingRect().size() == button->size(),
                     qPrintable(button->text() + QStringLiteral(" at ") +
                                QString::number(inWindow.bottom())));
        }
        window.close();
    }

    // Issue 20: Vendor, professional and Production were shown as the API writes them.
    void organizationValuesInWords()
    {
        GermanWords german;
        QCoreApplication::installTranslator(&german);
        const auto removeGerman =
            qScopeGuard([&german] { QCoreApplication::removeTranslator(&german); });
        OrganizationPane organization(m_session);
        organization.resize(1280, 800);
        organization.show();
        QSignalSpy loaded(&organization, &OrganizationPane::loaded);
        organization.reload();
        QVERIFY(loaded.wait(15000));
        const auto check = [&](const char *key, const char *shown, const char *stored) {
            QLineEdit *field = organization.field(QString::fromLatin1(key));
            QVERIFY(field);
            QCOMPARE(field->text(), QString::fromUtf8(shown));
            QVERIFY2(field->toolTip().contains(QString::fromLatin1(stored)),
                     qPrintable(field->toolTip()));
        };
        check("type", "Anbieter", "Vendor");
        check("pricing_tier", "Professional", "professional");
        check("organization_use", "Produktivumgebung", "Production");
        // What a person edits stays as stored.
        QCOMPARE(organization.field(QStringLiteral("name"))->text(),
                 QStringLiteral("Stadtwerke Musterstadt GmbH"));
        shoot(&organization, QStringLiteral("organization-words"));
    }

    // Issue 20: the role editor's header said "share_role" and the review "effect: allow → deny".
    void roleTypeAndEffectInWords()
    {
        GermanWords german;
        QCoreApplication::installTranslator(&german);
        const auto removeGerman =
            qScopeGuard([&german] { QCoreApplication::removeTranslator(&german); });
        PartnerUsersRolesPane roles(m_session);
        roles.resize(1280, 800);
        roles.show();
        QSignalSpy rolesLoaded(&roles, &PartnerUsersRolesPane::loaded);
        roles.reload();
        QVERIFY(rolesLoaded.wait(15000));
        RoleEditor *editor = roles.roleEditor();
        QVERIFY(QTest::qWaitFor([&] { return editor->hasRole(); }, 15000));

        QLabel *type = nullptr;
        for (QLabel *label : editor->findChildren<QLabel *>()) {
            if (label->toolTip() == QLatin1String("share_role"))
                type = label;
        }
        QVERIFY(type);
        QCOMPARE(type->text(), QStringLiteral("Freigaberolle"));

        // An allowing grant turned into a denying one: the review words both effects.
        editor->selectPath({0});
        QComboBox *effect = nullptr;
        for (QComboBox *box : editor->findChildren<QComboBox *>()) {
            if (box->findData(QStringLiteral("deny")) >= 0)
                effect = box;
        }
        QVERIFY(effect);
        QTRY_COMPARE(effect->currentData().toString(), QStringLiteral("allow"));
        QCOMPARE(effect->currentText(), QStringLiteral("Erlauben"));
        effect->setCurrentIndex(effect->findData(QStringLiteral("deny")));
        emit effect->activated(effect->currentIndex());
        QPushButton *review = buttonNamed(roles.rolesPage(), QStringLiteral("Review and save…"));
        QVERIFY(review);
        QTRY_VERIFY(review->isEnabled());
        QTest::mouseClick(review, Qt::LeftButton);
        QTRY_VERIFY(!RoleReviewDialog::lastShownLines().isEmpty());
        const QString lines = RoleReviewDialog::lastShownLines().join(QLatin1Char('\n'));
        QVERIFY2(lines.contains(QStringLiteral("effect: Erlauben → Verweigern")),
                 qPrintable(lines));
        QVERIFY2(!lines.contains(QStringLiteral("allow →")), qPrintable(lines));
        roles.discard();
    }
};

QTEST_MAIN(ReadablePagesTest)
#include "tst_readable_pages.moc"
