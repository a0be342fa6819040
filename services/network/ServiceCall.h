#pragma once

#include "services/network/ApiClient.h"

#include <QJsonArray>
#include <QJsonObject>
#include <functional>

// The shapes every service call hands back: a JSON object, a JSON array, or nothing.
// Service classes stay thin: build an ApiRequest, pick the shape, done. Turning the JSON into
// value types (User, Group, …) happens in models/, in one place per type.
using ObjectCallback = std::function<void(const ApiResult<QJsonObject> &)>;
using ArrayCallback = std::function<void(const ApiResult<QJsonArray> &)>;
using DoneCallback = std::function<void(const ApiResult<void> &)>;

namespace ServiceCall {

// Expects a JSON object body.
ApiCall *object(ApiClient *client, const ApiRequest &request, QObject *context,
                ObjectCallback done);
// Expects a JSON array body, or an object whose `arrayKey` member is that array ("results", …).
ApiCall *array(ApiClient *client, const ApiRequest &request, QObject *context, ArrayCallback done,
               const QString &arrayKey = {});
// Any 2xx is success; the body is ignored.
ApiCall *done(ApiClient *client, const ApiRequest &request, QObject *context, DoneCallback done);
// Refuses the call before sending (bad input), reporting asynchronously like a real call would.
void refuse(QObject *context, const QString &message, DoneCallback done);

} // namespace ServiceCall
