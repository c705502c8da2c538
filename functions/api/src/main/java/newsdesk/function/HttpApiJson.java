package newsdesk.function;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import newsdesk.article.PlainJson;

/**
 * An HTTP API (payload format 2.0) event read from its JSON, and a response written as API Gateway
 * expects it, so that {@link ApiHandler} can take the event as a stream (see {@link PlainJson} for
 * why). Every field of the event except the authorizer's claims is read, so the typed event the
 * handler works on is the one the Lambda runtime would have built; a test holds the two paths to
 * the same response for every sample in {@code events/}.
 */
final class HttpApiJson {

  private HttpApiJson() {}

  static APIGatewayV2HTTPEvent event(Object value) {
    Map<String, Object> json = PlainJson.object(value);
    Map<String, Object> context = PlainJson.object(json.get("requestContext"));
    Map<String, Object> http = PlainJson.object(context.get("http"));
    return APIGatewayV2HTTPEvent.builder()
        .withVersion(PlainJson.text(json, "version"))
        .withRouteKey(PlainJson.text(json, "routeKey"))
        .withRawPath(PlainJson.text(json, "rawPath"))
        .withRawQueryString(PlainJson.text(json, "rawQueryString"))
        .withCookies(texts(json.get("cookies")))
        .withHeaders(PlainJson.strings(json, "headers"))
        .withQueryStringParameters(PlainJson.strings(json, "queryStringParameters"))
        .withPathParameters(PlainJson.strings(json, "pathParameters"))
        .withStageVariables(PlainJson.strings(json, "stageVariables"))
        .withBody(PlainJson.text(json, "body"))
        .withIsBase64Encoded(Boolean.TRUE.equals(json.get("isBase64Encoded")))
        .withRequestContext(!context.isEmpty() ? APIGatewayV2HTTPEvent.RequestContext.builder()
            .withRouteKey(PlainJson.text(context, "routeKey"))
            .withAccountId(PlainJson.text(context, "accountId"))
            .withStage(PlainJson.text(context, "stage"))
            .withApiId(PlainJson.text(context, "apiId"))
            .withDomainName(PlainJson.text(context, "domainName"))
            .withDomainPrefix(PlainJson.text(context, "domainPrefix"))
            .withTime(PlainJson.text(context, "time"))
            .withTimeEpoch(context.get("timeEpoch") instanceof Number epoch ? epoch.longValue() : 0)
            .withRequestId(PlainJson.text(context, "requestId"))
            .withHttp(!http.isEmpty() ? APIGatewayV2HTTPEvent.RequestContext.Http.builder()
                .withMethod(PlainJson.text(http, "method"))
                .withPath(PlainJson.text(http, "path"))
                .withProtocol(PlainJson.text(http, "protocol"))
                .withSourceIp(PlainJson.text(http, "sourceIp"))
                .withUserAgent(PlainJson.text(http, "userAgent"))
                .build() : null)
            .build() : null)
        .build();
  }

  /** The response as API Gateway reads it; absent parts are left out rather than written as null. */
  static Map<String, Object> response(APIGatewayV2HTTPResponse response) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("statusCode", response.getStatusCode());
    putIfPresent(json, "headers", response.getHeaders());
    putIfPresent(json, "multiValueHeaders", response.getMultiValueHeaders());
    putIfPresent(json, "cookies", response.getCookies());
    putIfPresent(json, "body", response.getBody());
    json.put("isBase64Encoded", response.getIsBase64Encoded());
    return json;
  }

  private static void putIfPresent(Map<String, Object> json, String name, Object value) {
    if (value != null) {
      json.put(name, value);
    }
  }

  private static List<String> texts(Object array) {
    if (!(array instanceof List<?> items)) {
      return null;
    }
    List<String> texts = new ArrayList<>();
    items.forEach(item -> texts.add(String.valueOf(item)));
    return texts;
  }
}
