package newsdesk.feed;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import newsdesk.feed.parse.FeedItem;
import newsdesk.article.Sha256;

/**
 * The identities an item is deduplicated by, strongest first: its id ({@code id#…}), its link
 * ({@code link#…}) and a hash of its text ({@code hash#…}). Each is a SHA-256 in hex, so keys are
 * short and fixed-width whatever the feed puts in its guids. The content hash covers title and
 * summary/content with whitespace collapsed, and only exists when the item has body text: two
 * different items that share only a title ("Daily briefing") must not be taken for one.
 */
public record ItemKeys(List<String> keys) {

  private static final Pattern SPACES = Pattern.compile("\\s+");

  public ItemKeys {
    keys = List.copyOf(keys);
  }

  public static ItemKeys of(FeedItem item) {
    List<String> keys = new ArrayList<>(3);
    if (item.id() != null && !item.id().isBlank()) {
      keys.add("id#" + sha256(item.id().strip()));
    }
    if (item.link() != null && !item.link().isBlank()) {
      keys.add("link#" + sha256(item.link().strip()));
    }
    String text = item.content() != null && !item.content().isBlank() ? item.content() : item.summary();
    if (text != null && !text.isBlank()) {
      String normalized = SPACES.matcher((item.title() == null ? "" : item.title()) + "\n" + text)
          .replaceAll(" ").strip().toLowerCase(Locale.ROOT);
      keys.add("hash#" + sha256(normalized));
    }
    return new ItemKeys(keys);
  }

  /** Whether the item can be told apart at all; an item with no id, link or text is skipped. */
  public boolean isEmpty() {
    return keys.isEmpty();
  }

  /** The strongest key's hash, which names the archived object. */
  public String primaryHash() {
    String primary = keys.get(0);
    return primary.substring(primary.indexOf('#') + 1);
  }

  static String sha256(String value) {
    return Sha256.hex(value);
  }
}
