package newsdesk.extract;

import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.ToIntFunction;
import newsdesk.article.Article;
import newsdesk.article.Block;
import newsdesk.article.ExtractorInfo;
import newsdesk.extract.convention.LanguageGuess;
import newsdesk.extract.convention.Words;
import newsdesk.article.Sha256;

/**
 * Completes an {@link ArticleDraft} into an {@link Article}: the fields that follow from the body
 * the same way whatever engine found it (plain text, word count, content hash, stable id, language).
 */
public final class ArticleAssembly {

  /** Bytes of folded text handed to the digest at a time. */
  private static final int HASH_CHUNK = 8192;

  private ArticleAssembly() {}

  public static Article assemble(ArticleDraft d) {
    String text = text(d.body);
    String hash = contentHash(text);
    String language = d.language != null ? d.language : LanguageGuess.guess(text);
    String title = d.title == null ? null : d.title.strip();
    return new Article(id(d, hash), d.url, title, d.subtitle, dedupe(d.authors), d.publisher, hostOf(d), d.section,
        dedupe(d.tags), language, d.published, d.updated, d.dateline, d.description, d.image, d.body, text,
        d.captions, d.credits, d.truncated, d.bodyWords >= 0 ? d.bodyWords : wordCount(text), hash, null, null,
        new ExtractorInfo(Extractor.VERSION, d.warnings));
  }

  /**
   * Paragraphs, headings, list items and table rows (not captions or figures) separated by blank
   * lines. A table in a story (a recipe's quantities, a rate sheet, a results list) is story text.
   */
  public static String text(List<Block> body) {
    List<String> parts = new ArrayList<>();
    for (Block b : body) {
      switch (b.type()) {
        case Block.PARAGRAPH, Block.HEADING, Block.QUOTE, Block.PREFORMATTED, Block.TABLE -> {
          if (b.text() != null && !b.text().isBlank()) {
            parts.add(b.text());
          }
        }
        case Block.LIST -> parts.addAll(b.items());
        default -> { }
      }
    }
    return String.join("\n\n", parts);
  }

  /**
   * The words of {@link #text}'s text of {@code body}, counted block by block without building that
   * text: the engines count their body so for their own judgements and hand the figure on.
   */
  public static int wordCount(List<Block> body) {
    return wordCount(body, b -> -1);
  }

  /**
   * As {@link #wordCount(List)}, taking a block's words from {@code counted} where it knows them
   * (-1 where not): the HTML engine's line rules have counted most paragraphs already.
   */
  public static int wordCount(List<Block> body, ToIntFunction<Block> counted) {
    int n = 0;
    for (Block b : body) {
      if (Block.FIGURE.equals(b.type())) {
        continue;
      }
      int known = counted.applyAsInt(b);
      if (known >= 0) {
        n += known;
        continue;
      }
      String t = b.type().equals(Block.LIST) ? String.join(" ", b.items()) : b.text();
      if (t != null && !t.isBlank()) {
        n += Words.count(t);
      }
    }
    return n;
  }

  public static int wordCount(String text) {
    return Words.count(text);
  }

  /** SHA-256 hex of the text with whitespace collapsed, curly quotes straightened and case folded. */
  public static String contentHash(String text) {
    // One pass straight into the digest, in chunks of UTF-8: the hash runs over every stored text,
    // and building the folded text as a string, then its lower case, then its bytes, cost three copies.
    String stripped = text.strip();
    MessageDigest digest = Sha256.digest();
    byte[] chunk = new byte[Math.min(HASH_CHUNK, stripped.length() * 3 + 3)];
    int size = 0;
    boolean inSpace = false;
    for (int i = 0; i < stripped.length(); i++) {
      char c = stripped.charAt(i);
      // Exactly the regex \s: the ASCII whitespace runs that used to be collapsed.
      if (c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r') {
        if (inSpace) {
          continue;
        }
        inSpace = true;
        c = ' ';
      } else if (c < 0x80) {
        inSpace = false;
        c = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
      } else if (Character.isSurrogate(c) || c == '\u0130' || c == '\u03A3') {
        // Lower case of these depends on more than the character (a final sigma, a pair, a dotted
        // capital I that lowers to two characters): the whole text goes the way of toLowerCase.
        return foldedWhole(stripped);
      } else {
        inSpace = false;
        c = c == '\u2018' || c == '\u2019' ? '\'' : c == '\u201C' || c == '\u201D' ? '"' : Character.toLowerCase(c);
      }
      if (size > chunk.length - 3) {
        digest.update(chunk, 0, size);
        size = 0;
      }
      if (c < 0x80) {
        chunk[size++] = (byte) c;
      } else if (c < 0x800) {
        chunk[size++] = (byte) (0xC0 | c >> 6);
        chunk[size++] = (byte) (0x80 | c & 0x3F);
      } else {
        chunk[size++] = (byte) (0xE0 | c >> 12);
        chunk[size++] = (byte) (0x80 | c >> 6 & 0x3F);
        chunk[size++] = (byte) (0x80 | c & 0x3F);
      }
    }
    digest.update(chunk, 0, size);
    return Sha256.hex(digest);
  }

  /** {@link #contentHash} of a stripped text whose case folds only as a whole string. */
  private static String foldedWhole(String stripped) {
    StringBuilder normalized = new StringBuilder(stripped.length());
    boolean inSpace = false;
    for (int i = 0; i < stripped.length(); i++) {
      char c = stripped.charAt(i);
      if (c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r') {
        if (!inSpace) {
          normalized.append(' ');
        }
        inSpace = true;
        continue;
      }
      inSpace = false;
      normalized.append(c == '\u2018' || c == '\u2019' ? '\'' : c == '\u201C' || c == '\u201D' ? '"' : c);
    }
    return sha256(normalized.toString().toLowerCase(Locale.ROOT));
  }

  /**
   * Derived from the canonical URL when known, so re-ingesting a page yields the same id; otherwise
   * from publisher, title and date, which identify a story across copies; as a last resort from the
   * content hash.
   */
  static String id(ArticleDraft d, String contentHash) {
    if (d.url != null) {
      return sha256(d.url).substring(0, 16);
    }
    if (d.title != null && !d.title.isBlank()) {
      String key = (d.publisher == null ? "" : d.publisher) + "\n" + d.title.strip() + "\n"
          + (d.published == null ? "" : d.published);
      return sha256(key.toLowerCase(Locale.ROOT)).substring(0, 16);
    }
    return contentHash.substring(0, 16);
  }

  private static String hostOf(ArticleDraft d) {
    return d.host != null && d.host.equalsIgnoreCase(d.publisher) ? null : d.host;
  }

  private static List<String> dedupe(List<String> values) {
    List<String> out = new ArrayList<>();
    for (String v : values) {
      if (v != null && !v.isBlank() && out.stream().noneMatch(o -> o.equalsIgnoreCase(v.strip()))) {
        out.add(v.strip());
      }
    }
    return out;
  }

  static String sha256(String s) {
    return Sha256.hex(s);
  }
}
