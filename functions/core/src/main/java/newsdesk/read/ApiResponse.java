package newsdesk.read;

import java.util.Map;

/** An HTTP response from the read API: status, headers and a text body (JSON). */
public record ApiResponse(int status, Map<String, String> headers, String body) {
  public ApiResponse {
    headers = headers == null ? Map.of() : Map.copyOf(headers);
  }
}
