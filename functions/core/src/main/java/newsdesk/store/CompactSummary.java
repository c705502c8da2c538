package newsdesk.store;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import newsdesk.article.ArticleJson;
import newsdesk.article.ArticleSummary;
import newsdesk.article.JsonText;

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

  /** Only decoding (the API) parses: Ingest, which only encodes, never builds a factory. */
  private static final class Parsing {
    static final JsonFactory JSON = new JsonFactory();
  }

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

  /** The summary of article {@code id} from {@link #encode}'s form, or from a stored JSON object. */
  public static ArticleSummary decode(String id, String stored) {
    if (stored.startsWith("{")) {
      return ArticleJson.read(stored, ArticleSummary.class);
    }
    try (JsonParser p = Parsing.JSON.createParser(stored)) {
      if (p.nextToken() != JsonToken.START_ARRAY) {
        throw new IllegalArgumentException("not a stored summary of " + id);
      }
      Values v = new Values(p);
      return new ArticleSummary(id, v.string(), v.string(), v.string(), v.strings(), v.string(), v.string(),
          v.string(), v.strings(), v.string(), v.string(), v.string(), v.string(), v.number(), v.bool());
    } catch (IOException e) {
      throw new IllegalArgumentException("not a stored summary of " + id, e);
    }
  }

  private static void strings(JsonText g, List<String> values) {
    g.startArray();
    for (String value : values) {
      g.string(value);
    }
    g.endArray();
  }

  /** Reads the array's values in order; once it has ended, every further value is absent. */
  private static final class Values {
    private final JsonParser p;
    private boolean ended;

    Values(JsonParser p) {
      this.p = p;
    }

    private JsonToken next() throws IOException {
      if (ended) {
        return null;
      }
      JsonToken t = p.nextToken();
      if (t == null) {
        throw new IOException("unterminated summary");
      }
      if (t == JsonToken.END_ARRAY) {
        ended = true;
        return null;
      }
      return t;
    }

    String string() throws IOException {
      JsonToken t = next();
      return t == null || t == JsonToken.VALUE_NULL ? null : p.getValueAsString();
    }

    List<String> strings() throws IOException {
      JsonToken t = next();
      List<String> values = new ArrayList<>();
      if (t == JsonToken.START_ARRAY) {
        while (p.nextToken() != JsonToken.END_ARRAY) {
          values.add(p.getValueAsString());
        }
      }
      return values;
    }

    int number() throws IOException {
      return next() == null ? 0 : p.getIntValue();
    }

    boolean bool() throws IOException {
      JsonToken t = next();
      return t == JsonToken.VALUE_TRUE;
    }
  }
}
