#include "ui/users/OrganizationPicker.h"

#include "domain/organization/Organization.h"
#include "domain/users/User.h"
#include "services/session/Session.h"

#include <QJsonArray>
#include <QLabel>

OrganizationPicker::OrganizationPicker(Session *session, QWidget *parent)
    : QComboBox(parent), m_session(session), m_label(new QLabel(tr("Organization:"), parent))
{
    m_label->setBuddy(this);
    // As wide as the longest name, up to a limit that keeps the page within 1280 px.
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    setSizeAdjustPolicy(QComboBox::AdjustToContents);
    setMinimumContentsLength(20);
    setMaximumWidth(380);
    connect(this, &QComboBox::currentTextChanged, this, [this](const QString &name) {
        setToolTip(tr("%1\nYour token sees several organizations; pick whose users").arg(name));
    });
    connect(this, &QComboBox::activated, this, [this] {
        const QString id = currentData().toString();
        // The token's own organization uses V2 (status, MFA …); others need V1 with org_ids.
        emit chosen(id.isEmpty() || id == m_session->organizationId() ? QStringList()
                                                                      : QStringList{id});
    });
    m_label->hide();
    hide();
}

void OrganizationPicker::load()
{
    // The organizations this token sees: those named in the signed-in user's role ids
    // ("<organization_id>:<slug>", V1 list).
    const QString me = m_session->userId();
    const QString email = User::emailIn(m_session->me());
    if (me.isEmpty() || email.isEmpty())
        return;
    m_session->users()->listUsers({}, email, 20, 0, this,
                                  [this, me](const ApiResult<QJsonArray> &result) {
                                      if (!result.ok())
                                          return;
                                      QStringList ids{m_session->organizationId()};
                                      for (const QJsonValue &value : result.value()) {
                                          const auto user = User::fromJson(value.toObject());
                                          if (!user || user->id() != me)
                                              continue;
                                          ids << user->organizationId();
                                          for (const QString &role : user->roles())
                                              ids << role.section(QLatin1Char(':'), 0, 0);
                                      }
                                      ids.removeAll(QString());
                                      ids.removeDuplicates();
                                      const bool several = ids.size() > 1;
                                      clear();
                                      for (const QString &id : ids) {
                                          addItem(id, id);
                                          name(id);
                                      }
                                      setVisible(several);
                                      m_label->setVisible(several);
                                  });
}

void OrganizationPicker::name(const QString &id)
{
    m_session->organizations()->getOrganization(
        id, this, [this, id](const ApiResult<QJsonObject> &result) {
            const int index = findData(id);
            if (index < 0)
                return;
            QString name = result.ok() ? Organization(result.value()).name() : QString();
            if (name.isEmpty())
                name = id;
            if (id == m_session->organizationId())
                name = tr("%1 (signed in)").arg(name);
            setItemText(index, name);
        });
}
