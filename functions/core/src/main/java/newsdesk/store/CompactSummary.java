package newsdesk.store;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import newsdesk.article.ArticleJson;
import newsdesk.article.ArticleSummary;

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

  private static final JsonFactory JSON = new JsonFactory();

  private CompactSummary() {}

  public static String encode(ArticleSummary s) {
    StringWriter out = new StringWriter(256);
    try (JsonGenerator g = JSON.createGenerator(out)) {
      g.writeStartArray();
      g.writeString(s.url());
      g.writeString(s.title());
      g.writeString(s.subtitle());
      strings(g, s.authors());
      g.writeString(s.publisher());
      g.writeString(s.host());
      g.writeString(s.section());
      strings(g, s.tags());
      g.writeString(s.language());
      g.writeString(s.published());
      g.writeString(s.updated());
      g.writeString(s.description());
      g.writeNumber(s.wordCount());
      g.writeBoolean(s.truncated());
      g.writeEndArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringWriter does not fail
    }
    return out.toString();
  }

  /** The summary of article {@code id} from {@link #encode}'s form, or from a stored JSON object. */
  public static ArticleSummary decode(String id, String stored) {
    if (stored.startsWith("{")) {
      return ArticleJson.read(stored, ArticleSummary.class);
    }
    try (JsonParser p = JSON.createParser(stored)) {
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

  private static void strings(JsonGenerator g, List<String> values) throws IOException {
    g.writeStartArray();
    for (String value : values) {
      g.writeString(value);
    }
    g.writeEndArray();
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
