package newsdesk.store;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import newsdesk.article.ArticleDocument;
import newsdesk.article.ArticleSummary;
import newsdesk.article.JsonText;
import newsdesk.article.PlainJson;

/**
 * The form in which the DynamoDB store keeps an {@link ArticleSummary} in its list index and facet
 * entries: a JSON array of the values in a fixed order, without field names and without the id
 * (which the item's key already holds). List pages are billed by the bytes of the items they read
 * (0.5 read unit per 4 KB), and the field names alone were a quarter of a summary: this is what
 * brings a page of 20 within 1.5 units, leaving room for a second month. The order only ever grows
 * at the end; decoding ignores values it does not know and gives absent trailing ones their
 * defaults, and still reads the JSON objects stored before this form existed.
 */
public final class CompactSummary {

  private CompactSummary() {}

  public static String encode(ArticleSummary s) {
    // JsonText, not Jackson's generator: what Ingest writes loads no JSON library (docs/cold-start.md).
    JsonText g = JsonText.forText(256);
    g.startArray();
    g.string(s.url());
    g.string(s.title());
    g.string(s.subtitle());
    strings(g, s.authors());
    g.string(s.publisher());
    g.string(s.host());
    g.string(s.section());
    strings(g, s.tags());
    g.string(s.language());
    g.string(s.published());
    g.string(s.updated());
    g.string(s.description());
    g.number(s.wordCount());
    g.bool(s.truncated());
    g.endArray();
    return g.toString();
  }

  /**
   * The summary of article {@code id} from {@link #encode}'s form, or from a stored JSON object.
   * Read with {@link PlainJson}, not Jackson: a list is the API's first event, and Jackson's factory
   * alone is about 80 classes (docs/cold-start.md).
   */
  public static ArticleSummary decode(String id, String stored) {
    Object value;
    try {
      value = PlainJson.read(stored);
      if (value instanceof Map) {
        return ArticleDocument.readSummary(value);
      }
    } catch (IOException e) {
      throw new IllegalArgumentException("not a stored summary of " + id, e);
    }
    if (!(value instanceof List<?> array)) {
      throw new IllegalArgumentException("not a stored summary of " + id);
    }
    Values v = new Values(array);
    return new ArticleSummary(id, v.string(), v.string(), v.string(), v.strings(), v.string(), v.string(),
        v.string(), v.strings(), v.string(), v.string(), v.string(), v.string(), v.number(), v.bool());
  }

  private static void strings(JsonText g, List<String> values) {
    g.startArray();
    for (String value : values) {
      g.string(value);
    }
    g.endArray();
  }

  /** The array's values in order; past its end, every further value is absent. */
  private static final class Values {
    private final List<?> array;
    private int next;

    Values(List<?> array) {
      this.array = array;
    }

    private Object next() {
      return next < array.size() ? array.get(next++) : null;
    }

    String string() {
      Object value = next();
      return value == null || value instanceof Map || value instanceof List ? null : value.toString();
    }

    List<String> strings() {
      List<String> values = new ArrayList<>();
      if (next() instanceof List<?> items) {
        for (Object item : items) {
          values.add(item == null ? null : item.toString());
        }
      }
      return values;
    }

    int number() {
      return next() instanceof Number number ? number.intValue() : 0;
    }

    boolean bool() {
      return Boolean.TRUE.equals(next());
    }
  }
}
