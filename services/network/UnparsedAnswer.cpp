#include "services/network/UnparsedAnswer.h"

namespace UnparsedAnswer {

ApiCall *send(ApiClient *client, ApiRequest request, QObject *context, BytesCallback done)
{
    request.answer = ApiRequest::Answer::Bytes;
    return client->send(request, context, [done](const ApiResult<ApiResponse> &result) {
        if (!result.ok())
            return done(result.error());
        done(result.value().body);
    });
}

} // namespace UnparsedAnswer
