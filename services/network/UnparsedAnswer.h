#pragma once

#include "services/network/ApiClient.h"

#include <QByteArray>
#include <functional>

// A call whose answer is too large to parse on the GUI thread (listAllAssignments of 100,000
// people): ApiCall hands over the body's bytes unparsed (ApiResponse::json stays empty) and the
// caller reads them on a worker thread, with StrictJson as ApiCall would.
namespace UnparsedAnswer {

using BytesCallback = std::function<void(const ApiResult<QByteArray> &)>;

// Sends `request` through `client` like every call; `done` gets the 2xx body as bytes.
ApiCall *send(ApiClient *client, ApiRequest request, QObject *context, BytesCallback done);

} // namespace UnparsedAnswer
