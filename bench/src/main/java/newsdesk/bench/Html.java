package newsdesk.bench;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Parses page bytes with Jsoup the plain way: charset from the BOM or the page's meta tag, else
 * UTF-8. It is the "bare parse" reference the extractor's speed is compared with, and the parse the
 * raw-HTML baseline and the gold texts use, so the three see the same decoding.
 */
public final class Html {

  private Html() {}

  public static Document parse(byte[] bytes, String url) {
    try {
      return Jsoup.parse(new ByteArrayInputStream(bytes), null, url == null ? "" : url);
    } catch (IOException e) {
      // A byte array never fails to read; this only satisfies the stream signature.
      throw new UncheckedIOException(e);
    }
  }
}
