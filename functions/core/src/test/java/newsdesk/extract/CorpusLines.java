package newsdesk.extract;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * The short lines of text the corpus pages hold (each element's text folded to one line, up to a
 * paragraph's length, each once): what a line rule meets in real pages, for tests that a faster
 * form of a rule decides every one of them as the slower form did. Skips where ../shared is absent.
 */
public final class CorpusLines {

  private static final int MAX_CHARS = 700;
  private static final Pattern SPACES = Pattern.compile("\\s+");
  /** Where pages put a line of text; other elements count only as leaves. */
  private static final Set<String> LINES = Set.of("p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "figcaption", "blockquote");
  private static List<String> lines;

  private CorpusLines() {}

  public static synchronized List<String> all() {
    if (lines == null) {
      lines = read();
    }
    return lines;
  }

  private static List<String> read() {
    try {
      Set<String> found = new LinkedHashSet<>();
      for (Path page : SharedFolder.corpusPages()) {
        for (Element e : Jsoup.parse(new String(Files.readAllBytes(page), StandardCharsets.UTF_8)).getAllElements()) {
          if (e.childrenSize() == 0 || LINES.contains(e.normalName())) {
            String text = SPACES.matcher(e.text()).replaceAll(" ").strip();
            if (!text.isEmpty() && text.length() <= MAX_CHARS) {
              found.add(text);
            }
          }
        }
      }
      return new ArrayList<>(found);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
