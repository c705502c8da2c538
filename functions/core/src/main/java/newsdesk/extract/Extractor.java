package newsdesk.extract;

/**
 * Turns a raw page (HTML or a plain-text page dump) into an {@link Extraction}. Thread-safe and
 * cheap to share; never throws for any input bytes.
 */
public final class Extractor {

  /** Recorded in every article and rejection, so a backfill can find what an older extractor made. */
  public static final String VERSION = "0.1.0";

  public Extraction extract(RawPage page) {
    // Placeholder until the extraction engine lands on its branch; never committed as done.
    return new Extraction.Rejected(RejectReason.UNREADABLE, "extractor not built yet");
  }
}
