package newsdesk.article;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * One block of an article body, in page order. {@code type} is one of the {@link #PARAGRAPH},
 * {@link #HEADING}, … constants; lists carry {@code items}, figures carry {@code caption},
 * {@code credit} and {@code url}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Block(String type, String text, List<String> items, String caption, String credit, String url) {

  public static final String PARAGRAPH = "paragraph";
  public static final String HEADING = "heading";
  public static final String QUOTE = "quote";
  public static final String LIST = "list";
  public static final String FIGURE = "figure";
  public static final String PREFORMATTED = "preformatted";
  public static final String TABLE = "table";

  /** A block that is only text: paragraph, heading, quote, preformatted or table. */
  public static Block text(String type, String text) {
    return new Block(type, text, null, null, null, null);
  }

  public static Block paragraph(String text) {
    return text(PARAGRAPH, text);
  }

  public static Block heading(String text) {
    return text(HEADING, text);
  }

  public static Block figure(String url, String caption, String credit) {
    return new Block(FIGURE, null, null, caption, credit, url);
  }

  public static Block list(List<String> items) {
    return new Block(LIST, String.join("\n", items), List.copyOf(items), null, null, null);
  }
}
