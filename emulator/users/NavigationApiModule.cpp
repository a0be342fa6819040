#include "emulator/users/NavigationApiModule.h"

#include "emulator/core/DemoIds.h"
#include "emulator/core/EmulatorRouter.h"
#include "emulator/core/EmulatorStore.h"
#include "emulator/core/ModuleSupport.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>

using namespace ModuleSupport;

namespace {
const QString kNavigations = QStringLiteral("navigations");

// Lower-case RFC 4648 base32 without padding, like epilot's navigation ids.
QString base32(const QByteArray &data)
{
    static const char alphabet[] = "abcdefghijklmnopqrstuvwxyz234567";
    QString result;
    quint32 buffer = 0;
    int bits = 0;
    for (const char byte : data) {
        buffer = (buffer << 8) | quint8(byte);
        bits += 8;
        while (bits >= 5) {
            result += QLatin1Char(alphabet[(buffer >> (bits - 5)) & 31]);
            bits -= 5;
        }
    }
    if (bits > 0)
        result += QLatin1Char(alphabet[(buffer << (5 - bits)) & 31]);
    return result;
}

std::optional<EmulatorResponse> checkKeyItem(const QJsonValue &item, const QString &where)
{
    if (!item.isObject() || !item.toObject().value(QStringLiteral("key")).isString() ||
        item.toObject().value(QStringLiteral("key")).toString().isEmpty())
        return EmulatorResponse::error(
            400, QStringLiteral("%1 must be an object with a string key").arg(where));
    return std::nullopt;
}
} // namespace

NavigationApiModule::NavigationApiModule(EmulatorStore &store) : m_store(store) {}

void NavigationApiModule::registerRoutes(EmulatorRouter &router)
{
    router.add("POST", QStringLiteral("/v2/user/navigations"), Access::Secured,
               [this](const EmulatorRequest &request) { return create(request); });
    router.add("GET", QStringLiteral("/v2/user/navigations/{id}"), Access::Secured,
               [this](const EmulatorRequest &request) { return get(request); });
}

void NavigationApiModule::seed(const SeedOptions &options)
{
    if (!options.demo)
        return;
    const QJsonObject configuration{
        {QStringLiteral("customer_relations"),
         QJsonArray{QJsonObject{{QStringLiteral("key"), QStringLiteral("dashboard")}},
                    QJsonObject{{QStringLiteral("key"), QStringLiteral("contact")}},
                    QJsonObject{{QStringLiteral("key"), QStringLiteral("opportunity")}}}},
        {QStringLiteral("configurations"),
         QJsonArray{
             QJsonObject{
                 {QStringLiteral("name"), QStringLiteral("Produktkatalog")},
                 {QStringLiteral("subItems"),
                  QJsonArray{QJsonObject{{QStringLiteral("key"), QStringLiteral("product")}},
                             QJsonObject{{QStringLiteral("key"), QStringLiteral("price")}}}}},
             QJsonObject{{QStringLiteral("key"), QStringLiteral("journey")}}}},
    };
    const QJsonObject navigation = store(QStringLiteral("Vertrieb Navigation"), configuration);
    // The admin uses it, so getMe shows a custom_navigation that resolves.
    QJsonObject admin = m_store.get(QStringLiteral("users"), kDemoAdminUserId);
    if (!admin.isEmpty()) {
        admin.insert(QStringLiteral("custom_navigation"), navigation.value(QStringLiteral("id")));
        m_store.put(QStringLiteral("users"), kDemoAdminUserId, admin);
    }
}

QString NavigationApiModule::idFor(const QString &name, const QJsonObject &configuration)
{
    const QByteArray canonical = name.simplified().toUtf8() + '\n' +
                                 QJsonDocument(configuration).toJson(QJsonDocument::Compact);
    return base32(QCryptographicHash::hash(canonical, QCryptographicHash::Sha256).left(8));
}

QJsonObject NavigationApiModule::store(const QString &name, const QJsonObject &configuration)
{
    const QString id = idFor(name, configuration);
    QJsonObject navigation = m_store.get(kNavigations, id);
    if (navigation.isEmpty()) {
        navigation = QJsonObject{{QStringLiteral("id"), id},
                                 {QStringLiteral("name"), name.simplified()},
                                 {QStringLiteral("configuration"), configuration}};
        m_store.put(kNavigations, id, navigation);
    }
    return navigation;
}

std::optional<EmulatorResponse>
NavigationApiModule::checkConfiguration(const QJsonValue &configuration)
{
    if (!configuration.isObject())
        return EmulatorResponse::error(
            400, QStringLiteral("configuration is required (an object of item lists)"));
    const QJsonObject sections = configuration.toObject();
    for (auto section = sections.begin(); section != sections.end(); ++section) {
        if (!section.value().isArray())
            return EmulatorResponse::error(
                400, QStringLiteral("configuration.%1 must be an array").arg(section.key()));
        const QJsonArray items = section.value().toArray();
        for (qsizetype index = 0; index < items.size(); ++index) {
            const QString where =
                QStringLiteral("configuration.%1[%2]").arg(section.key()).arg(index);
            const QJsonObject item = items.at(index).toObject();
            if (item.contains(QStringLiteral("subItems")) ||
                item.contains(QStringLiteral("name"))) {
                if (!item.value(QStringLiteral("name")).isString() ||
                    !item.value(QStringLiteral("subItems")).isArray())
                    return EmulatorResponse::error(
                        400,
                        QStringLiteral("%1 needs a string name and a subItems array").arg(where));
                const QJsonArray subItems = item.value(QStringLiteral("subItems")).toArray();
                for (qsizetype sub = 0; sub < subItems.size(); ++sub) {
                    if (auto error = checkKeyItem(subItems.at(sub),
                                                  where + QStringLiteral(".subItems[%1]").arg(sub)))
                        return error;
                }
            } else if (auto error = checkKeyItem(items.at(index), where)) {
                return error;
            }
        }
    }
    return std::nullopt;
}

EmulatorResponse NavigationApiModule::create(const EmulatorRequest &request)
{
    if (auto error = requireObject(request))
        return *error;
    const QJsonObject body = request.bodyObject();
    if (auto error = requireStrings(body, {QStringLiteral("name")}))
        return *error;
    if (auto error = checkConfiguration(body.value(QStringLiteral("configuration"))))
        return *error;
    const QJsonObject navigation = store(body.value(QStringLiteral("name")).toString(),
                                         body.value(QStringLiteral("configuration")).toObject());
    return EmulatorResponse::json(201, stripInternal(navigation));
}

EmulatorResponse NavigationApiModule::get(const EmulatorRequest &request)
{
    const QString id = request.pathParams.value(QStringLiteral("id"));
    const QJsonObject navigation = m_store.get(kNavigations, id);
    if (navigation.isEmpty())
        return EmulatorResponse::error(404, QStringLiteral("Navigation %1 not found").arg(id));
    return EmulatorResponse::json(200, stripInternal(navigation));
}
