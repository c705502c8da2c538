package newsdesk.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import newsdesk.article.Article;
import newsdesk.article.Block;

/** Loads test pages from the classpath and runs them through the extractor. */
public final class Fixtures {

  private Fixtures() {}

  public static byte[] bytes(String resource) {
    try (InputStream in = Fixtures.class.getResourceAsStream("/newsdesk/extract/" + resource)) {
      assertThat(in).as("fixture %s", resource).isNotNull();
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static Extraction extract(String resource) {
    return new Extractor().extract(RawPage.of(bytes(resource), resource));
  }

  public static Article article(String resource) {
    Extraction e = extract(resource);
    assertThat(e).as("extraction of %s", resource).isInstanceOf(Extraction.Extracted.class);
    return ((Extraction.Extracted) e).article();
  }

  public static List<String> texts(Article a, String type) {
    return a.body().stream().filter(b -> type.equals(b.type())).map(Block::text).toList();
  }
}
