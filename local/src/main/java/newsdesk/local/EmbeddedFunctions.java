package newsdesk.local;

/**
 * The wiring of {@code newsdesk serve}: the production handler classes over the embedded store
 * under the data folder and the inbox folder as the bucket.
 */
final class EmbeddedFunctions {

  private EmbeddedFunctions() {}

  static LocalStack.Functions open(LocalStack.Settings settings) {
    // The handlers (branch lambda) and the embedded store (branch store) reach main at about the
    // same time; until both have, serve says so instead of starting half a system.
    throw new IllegalStateException(
        "newsdesk serve needs the handlers and the embedded store, which are not merged yet");
  }
}
