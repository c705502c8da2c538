package newsdesk.read;

import java.util.Map;

/**
 * An HTTP request as the read API sees it, independent of API Gateway: method, raw path, decoded
 * query parameters and lower-cased header names.
 */
public record ApiRequest(String method, String path, Map<String, String> query, Map<String, String> headers) {
  public ApiRequest {
    query = query == null ? Map.of() : Map.copyOf(query);
    headers = headers == null ? Map.of() : Map.copyOf(headers);
  }

  public String header(String name) {
    return headers.get(name);
  }
}
