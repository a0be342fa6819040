#include "emulator/partners/PartnerRegistry.h"

#include "emulator/core/EmulatorRouter.h"
#include "emulator/core/EmulatorStore.h"
#include "emulator/core/ModuleSupport.h"
#include "emulator/core/Outbox.h"
#include "emulator/core/PayloadReader.h"
#include "emulator/partners/PartnerCollections.h"

#include <QDateTime>
#include <QRandomGenerator>
#include <QRegularExpression>

namespace {

const QString kStatus = QStringLiteral("status");
const QString kInvited = QStringLiteral("Invited");
const QString kPartnerOrgId = QStringLiteral("partner_org_id");
const QString kToken = QStringLiteral("_invite_token");
const QString kActivatedAt = QStringLiteral("_activated_at");

EmulatorResponse partnerAnswer(int status, const QJsonObject &partner)
{
    return EmulatorResponse::json(status, ModuleSupport::stripInternal(partner));
}

} // namespace

PartnerRegistry::PartnerRegistry(EmulatorStore &store, Outbox &outbox)
    : m_store(store), m_outbox(outbox)
{
}

void PartnerRegistry::registerRoutes(EmulatorRouter &router)
{
    router.add("POST", QStringLiteral("/v1/partners/{id}/approve"), Access::Secured,
               [this](const EmulatorRequest &request) { return approvePartner(request); });
    router.add("POST", QStringLiteral("/v1/partners/{id}/reject"), Access::Secured,
               [this](const EmulatorRequest &request) { return rejectPartner(request); });
    router.add("POST", QStringLiteral("/v2/partners/{id}/invite"), Access::Secured,
               [this](const EmulatorRequest &request) { return invitePartner(request); });
    router.add("GET", QStringLiteral("/v1/partner-directory/public/getPartnerByToken"),
               Access::Public,
               [this](const EmulatorRequest &request) { return getPartnerByToken(request); });
    router.add("POST", QStringLiteral("/v1/partner-directory/public/activate"), Access::Public,
               [this](const EmulatorRequest &request) { return activatePartner(request); });
}

// ---- shared look-ups ----------------------------------------------------------------------------

bool PartnerRegistry::isConnected(const QJsonObject &partner)
{
    return partner.value(kStatus).toString() == kInvited &&
           !partner.value(kPartnerOrgId).toString().isEmpty();
}

QJsonObject PartnerRegistry::connectedPartner(const EmulatorStore &store,
                                              const QString &organizationId,
                                              const QString &partnerOrganizationId)
{
    if (organizationId.isEmpty() || partnerOrganizationId.isEmpty())
        return {};
    const QList<QJsonObject> partners = store.all(PartnerCollections::partners);
    for (const QJsonObject &partner : partners) {
        if (partner.value(kPartnerOrgId).toString() == partnerOrganizationId &&
            partner.value(QStringLiteral("organization_id")).toString() == organizationId &&
            isConnected(partner))
            return partner;
    }
    return {};
}

QString PartnerRegistry::newInvitationToken()
{
    QByteArray bytes(32, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(bytes.data()),
                                          bytes.size() / 4);
    return QString::fromLatin1(
        bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QString PartnerRegistry::invitationLink(const QString &token)
{
    return QStringLiteral("https://partner.epilot.cloud/activate?token=") + token;
}

QJsonObject PartnerRegistry::callerPartner(const EmulatorRequest &request,
                                           EmulatorResponse *error) const
{
    const QString id = request.pathParams.value(QStringLiteral("id"));
    const QJsonObject partner = m_store.get(PartnerCollections::partners, id);
    // Another organization's partner is as unknown to the caller as a made-up id.
    if (partner.isEmpty() || partner.value(QStringLiteral("organization_id")).toString() !=
                                 request.caller.organizationId) {
        *error = EmulatorResponse::error(404, QStringLiteral("Partner %1 not found").arg(id));
        return {};
    }
    return partner;
}

QString PartnerRegistry::tokenProblem(const QString &token)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9._~+/=-]{8,2048}$"));
    if (token.isEmpty())
        return QStringLiteral("Missing required query parameter: token");
    if (!pattern.match(token).hasMatch())
        return QStringLiteral("The invitation token is malformed");
    return {};
}

QJsonObject PartnerRegistry::partnerByToken(const QString &token) const
{
    const QList<QJsonObject> partners = m_store.all(PartnerCollections::partners);
    for (const QJsonObject &partner : partners) {
        if (partner.value(kToken).toString() == token)
            return partner;
    }
    return {};
}

// ---- approve / reject ---------------------------------------------------------------------------

EmulatorResponse PartnerRegistry::approvePartner(const EmulatorRequest &request)
{
    EmulatorResponse error;
    QJsonObject partner = callerPartner(request, &error);
    if (partner.isEmpty())
        return error;
    const QString status = partner.value(kStatus).toString();
    if (status != QLatin1String("Request"))
        return EmulatorResponse::error(
            400, QStringLiteral("Partner %1 cannot be approved: its status is %2, only a Request "
                                "can be approved")
                     .arg(partner.value(QStringLiteral("id")).toString(), status));
    partner.insert(kStatus, kInvited);
    partner.insert(QStringLiteral("_approved_at"), ModuleSupport::nowIso());
    partner.insert(QStringLiteral("_updated_at"), ModuleSupport::nowIso());
    m_store.put(PartnerCollections::partners, partner.value(QStringLiteral("id")).toString(),
                partner);
    return partnerAnswer(201, partner);
}

EmulatorResponse PartnerRegistry::rejectPartner(const EmulatorRequest &request)
{
    EmulatorResponse error;
    QJsonObject partner = callerPartner(request, &error);
    if (partner.isEmpty())
        return error;
    const QString status = partner.value(kStatus).toString();
    if (status != QLatin1String("Request"))
        return EmulatorResponse::error(
            400, QStringLiteral("Partner %1 cannot be rejected: its status is %2, only a Request "
                                "can be rejected")
                     .arg(partner.value(QStringLiteral("id")).toString(), status));
    partner.insert(kStatus, QStringLiteral("Rejected"));
    partner.insert(QStringLiteral("_updated_at"), ModuleSupport::nowIso());
    m_store.put(PartnerCollections::partners, partner.value(QStringLiteral("id")).toString(),
                partner);
    return partnerAnswer(200, partner);
}

// ---- invitation ---------------------------------------------------------------------------------

EmulatorResponse PartnerRegistry::invitePartner(const EmulatorRequest &request)
{
    QString language = QStringLiteral("en");
    if (request.hasBody && !request.body.isNull()) {
        if (!request.body.isObject())
            return EmulatorResponse::error(400,
                                           QStringLiteral("The request body must be an object"));
        PayloadReader reader(request.body.toObject());
        const std::optional<QString> chosen = reader.optionalEnum(
            QStringLiteral("language"), {QStringLiteral("en"), QStringLiteral("de")});
        if (!reader.ok())
            return EmulatorResponse::error(400, reader.error());
        language = chosen.value_or(language);
    }

    EmulatorResponse error;
    QJsonObject partner = callerPartner(request, &error);
    if (partner.isEmpty())
        return error;
    const QString id = partner.value(QStringLiteral("id")).toString();
    const QString status = partner.value(kStatus).toString();
    if (isConnected(partner))
        return EmulatorResponse::error(
            400, QStringLiteral("Partner %1 is already an active partner").arg(id));
    if (status == QLatin1String("Deleted") || status == QLatin1String("Request"))
        return EmulatorResponse::error(
            400, QStringLiteral("Partner %1 cannot be invited: its status is %2%3")
                     .arg(id, status,
                          status == QLatin1String("Request")
                              ? QStringLiteral(" (approve the request instead)")
                              : QString()));
    QString recipient = partner.value(QStringLiteral("owner_email")).toString();
    if (recipient.isEmpty())
        recipient = partner.value(QStringLiteral("email")).toString();
    if (!PayloadReader::isEmail(recipient))
        return EmulatorResponse::error(
            400, QStringLiteral("Partner %1 has no valid e-mail address to invite").arg(id));

    // A new invitation replaces the previous token.
    const QString token = newInvitationToken();
    partner.insert(kStatus, kInvited);
    partner.insert(QStringLiteral("invitation_token"), token);
    partner.insert(kToken, token);
    partner.insert(QStringLiteral("_invite_language"), language);
    partner.insert(QStringLiteral("_invited_at"), ModuleSupport::nowIso());
    partner.insert(QStringLiteral("_updated_at"), ModuleSupport::nowIso());
    m_store.put(PartnerCollections::partners, id, partner);
    m_outbox.send(QStringLiteral("partner_invite"), recipient,
                  {{QStringLiteral("token"), token},
                   {QStringLiteral("link"), invitationLink(token)},
                   {QStringLiteral("partner_id"), id},
                   {QStringLiteral("company_name"), partner.value(QStringLiteral("company_name"))},
                   {QStringLiteral("organization_id"), request.caller.organizationId},
                   {QStringLiteral("language"), language}});
    return partnerAnswer(200, partner);
}

EmulatorResponse PartnerRegistry::getPartnerByToken(const EmulatorRequest &request) const
{
    const QString token = request.query.queryItemValue(QStringLiteral("token"), QUrl::FullyDecoded);
    if (const QString problem = tokenProblem(token); !problem.isEmpty())
        return EmulatorResponse::error(400, problem);
    const QJsonObject partner = partnerByToken(token);
    if (partner.isEmpty() || partner.value(kStatus).toString() != kInvited)
        return EmulatorResponse::error(404,
                                       QStringLiteral("Invitation not found or no longer valid"));
    if (partner.contains(kActivatedAt))
        return EmulatorResponse::error(404,
                                       QStringLiteral("This invitation has already been used"));
    return partnerAnswer(200, partner);
}

EmulatorResponse PartnerRegistry::activatePartner(const EmulatorRequest &request)
{
    const QString token = request.query.queryItemValue(QStringLiteral("token"), QUrl::FullyDecoded);
    if (const QString problem = tokenProblem(token); !problem.isEmpty())
        return EmulatorResponse::error(400, problem);
    if (!request.hasBody || !request.body.isObject())
        return EmulatorResponse::error(
            400, QStringLiteral("The request body must be an object with signed_up_email and "
                                "organization_id"));
    PayloadReader reader(request.body.toObject());
    const std::optional<QString> companyName =
        reader.optionalString(QStringLiteral("company_name"));
    const QString email = reader.requiredEmail(QStringLiteral("signed_up_email"));
    const QString organizationId = reader.requiredString(QStringLiteral("organization_id"));
    static const QRegularExpression organizationPattern(QStringLiteral("^[A-Za-z0-9_-]{1,64}$"));
    if (reader.ok() && !organizationPattern.match(organizationId).hasMatch())
        reader.fail(QStringLiteral("organization_id is not a valid organization id: %1")
                        .arg(organizationId));
    if (reader.ok() && companyName && companyName->size() > 256)
        reader.fail(QStringLiteral("company_name is longer than 256 characters"));
    if (!reader.ok())
        return EmulatorResponse::error(400, reader.error());

    QJsonObject partner = partnerByToken(token);
    if (partner.isEmpty() || partner.value(kStatus).toString() != kInvited)
        return EmulatorResponse::error(404,
                                       QStringLiteral("Invitation not found or no longer valid"));
    if (partner.contains(kActivatedAt))
        return EmulatorResponse::error(409,
                                       QStringLiteral("This invitation has already been used"));
    const QString inviter = partner.value(QStringLiteral("organization_id")).toString();
    if (organizationId == inviter)
        return EmulatorResponse::error(
            400, QStringLiteral("organization_id %1 is the inviting organization itself")
                     .arg(organizationId));
    if (!connectedPartner(m_store, inviter, organizationId).isEmpty())
        return EmulatorResponse::error(
            400, QStringLiteral("Organization %1 is already a partner of organization %2")
                     .arg(organizationId, inviter));

    if (companyName)
        partner.insert(QStringLiteral("company_name"), *companyName);
    partner.insert(QStringLiteral("signed_up_email"), email);
    partner.insert(kPartnerOrgId, organizationId);
    partner.insert(kActivatedAt, ModuleSupport::nowIso());
    partner.remove(QStringLiteral("invitation_token"));
    partner.insert(QStringLiteral("_updated_at"), ModuleSupport::nowIso());
    m_store.put(PartnerCollections::partners, partner.value(QStringLiteral("id")).toString(),
                partner);
    return partnerAnswer(200, partner);
}
