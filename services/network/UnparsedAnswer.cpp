#include "services/network/UnparsedAnswer.h"

namespace UnparsedAnswer {

ApiCall *send(ApiClient *client, const ApiRequest &request, QObject *context, BytesCallback done)
{
    ApiCall *call = client->send(request, context, [done](const ApiResult<ApiResponse> &result) {
        if (!result.ok())
            return done(result.error());
        done(result.value().body);
    });
    // The reply arrives through the event loop at the earliest, so this is in time; a call
    // refused before sending has delivered its error already and ignores it.
    call->setProperty(kProperty, true);
    return call;
}

} // namespace UnparsedAnswer
