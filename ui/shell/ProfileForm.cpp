#include "ui/shell/ProfileForm.h"

#include "services/network/UrlPolicy.h"
#include "ui/common/Theme.h"
#include "ui/shell/SignInWidgets.h"

#include <QCoreApplication>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace {

QLabel *errorLabel()
{
    QLabel *label = SignInWidgets::smallLabel();
    label->setStyleSheet(Theme::textStyle(Theme::Color::ErrorText));
    label->hide();
    return label;
}

} // namespace

ProfileForm::ProfileForm(QWidget *parent)
    : QWidget(parent), m_heading(SignInWidgets::sectionHeading(QString()))
{
    auto *form = new QGridLayout;
    form->setHorizontalSpacing(12);
    form->setVerticalSpacing(2);
    form->setColumnStretch(1, 1);
    QStringList labels;
    QStringList names;
    for (const ApiEndpoints::Descriptor &api : ApiEndpoints::descriptors()) {
        labels << QCoreApplication::translate("ApiEndpoints", api.label);
        names << QString::fromLatin1(api.settingsKey);
    }
    labels << tr("Portal");
    names << QStringLiteral("portal");
    int row = 0;
    for (int field = 0; field < fieldCount(); ++field) {
        m_urls << new QLineEdit;
        m_urls[field]->setObjectName(names.at(field));
        m_urlMessages << errorLabel();
        auto *label = new QLabel(labels.at(field) + QLatin1Char(':'));
        label->setBuddy(m_urls[field]);
        form->addWidget(label, row, 0);
        form->addWidget(m_urls[field], row++, 1);
        form->addWidget(m_urlMessages[field], row++, 1);
        connect(m_urls[field], &QLineEdit::textEdited, this, &ProfileForm::validate);
    }
    m_urls[portalField()]->setToolTip(tr("Where \"Sign in with browser\" logs you in"));
    m_organization = new QLineEdit;
    m_organization->setObjectName(QStringLiteral("organizationId"));
    m_organization->setPlaceholderText(tr("optional — the token's organization otherwise"));
    m_organizationMessage = errorLabel();
    connect(m_organization, &QLineEdit::textEdited, this, &ProfileForm::validate);
    form->addWidget(new QLabel(tr("Organization id:")), row, 0);
    form->addWidget(m_organization, row++, 1);
    form->addWidget(m_organizationMessage, row++, 1);
    auto *defaults = new QPushButton(tr("Use epilot's addresses"));
    defaults->setFlat(true);
    defaults->setToolTip(tr("Fill in the addresses of epilot's cloud service"));
    connect(defaults, &QPushButton::clicked, this, &ProfileForm::useStandardAddresses);
    form->addWidget(defaults, row++, 1, Qt::AlignLeft);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_heading);
    layout->addLayout(form);
}

int ProfileForm::portalField()
{
    return int(ApiEndpoints::descriptors().size());
}

void ProfileForm::useStandardAddresses()
{
    Profile profile = editedProfile();
    const Profile standard = Profile::withDefaults(profile.name);
    profile.endpoints = standard.endpoints;
    profile.portal = standard.portal;
    showProfile(profile);
    validate();
}

void ProfileForm::showProfile(const Profile &profile)
{
    m_shownName = profile.name;
    m_heading->setText(tr("Profile \u201c%1\u201d").arg(profile.name));
    const QList<ApiEndpoints::Descriptor> &apis = ApiEndpoints::descriptors();
    for (int field = 0; field < apis.size(); ++field)
        m_urls[field]->setText((profile.endpoints.*apis.at(field).url).toString());
    m_urls[portalField()]->setText(profile.portal.toString());
    m_organization->setText(profile.organizationId);
}

Profile ProfileForm::editedProfile() const
{
    Profile profile = Profile::withDefaults(m_shownName);
    const auto url = [this](int field) { return QUrl(m_urls[field]->text().trimmed()); };
    const QList<ApiEndpoints::Descriptor> &apis = ApiEndpoints::descriptors();
    for (int field = 0; field < apis.size(); ++field)
        profile.endpoints.*apis.at(field).url = url(field);
    profile.portal = url(portalField());
    profile.organizationId = m_organization->text();
    return profile;
}

bool ProfileForm::validate()
{
    bool ok = true;
    for (int field = 0; field < fieldCount(); ++field) {
        const QString text = m_urls[field]->text().trimmed();
        QString problem = text.isEmpty() ? tr("Enter an address.") : UrlPolicy::check(QUrl(text));
        if (problem.isEmpty() && !QUrl(text).userInfo().isEmpty())
            problem = tr("The address must not contain a user name or password.");
        m_urlMessages[field]->setText(problem);
        m_urlMessages[field]->setVisible(!problem.isEmpty());
        ok = ok && problem.isEmpty();
    }
    const QString organization = m_organization->text();
    const bool organizationOk = !organization.contains(QLatin1Char(' '));
    m_organizationMessage->setText(organizationOk ? QString()
                                                  : tr("The organization id has no spaces."));
    m_organizationMessage->setVisible(!organizationOk);
    return ok && organizationOk;
}

void ProfileForm::focusFirstField()
{
    m_urls.first()->setFocus();
}

void ProfileForm::setFieldsEnabled(bool enabled)
{
    for (QLineEdit *field : m_urls)
        field->setEnabled(enabled);
    m_organization->setEnabled(enabled);
}

QLineEdit *ProfileForm::urlField(int index) const
{
    return index >= 0 && index < fieldCount() ? m_urls[index] : nullptr;
}

QLabel *ProfileForm::urlMessage(int index) const
{
    return index >= 0 && index < fieldCount() ? m_urlMessages[index] : nullptr;
}
