package newsdesk.feed;

import java.io.IOException;
import java.util.Map;

/**
 * The port through which the poller writes raw pages into the bucket's {@code incoming/} area (S3
 * in the cloud, the inbox folder locally), where Ingest picks them up. Metadata are the object's
 * user metadata ({@code feed-id}, {@code item-id}, {@code page-url}, …, see {@code docs/polling.md});
 * writing the same key again replaces the object.
 */
public interface RawArchive {

  /** The prefix every key the poller writes starts with, and that Ingest is triggered by. */
  String INCOMING = "incoming/";

  /**
   * Stores {@code body} under {@code key}.
   *
   * @throws IOException the write failed; the caller may retry it later
   */
  void put(String key, byte[] body, String contentType, Map<String, String> metadata) throws IOException;

  /** Prepares what the first {@link #put} needs (clients, connections) ahead of time; optional. */
  default void prime() {}
}
