package newsdesk.extract.convention;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The news organisations extraction recognises by name: wire services and publishers (who wrote a
 * story) and aggregators (whose page shows it). A plain-text dump names them only as bare words in
 * its chrome, so recognising the name is the only way to tell "Reuters" the author from "inkl" the
 * host. Names map to the spelling the article contract uses.
 */
public final class KnownSources {

  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Map<String, String> PUBLISHERS = index(List.of(
      "Reuters", "Associated Press|AP|The Associated Press|AP News", "AFP|Agence France-Presse|Agence France Presse",
      "Bloomberg|Bloomberg News", "dpa|Deutsche Presse-Agentur", "EFE", "ANSA", "Kyodo News|Kyodo",
      "Xinhua", "Press Association|PA Media|PA", "UPI|United Press International", "CNN", "BBC|BBC News",
      "The Guardian|Guardian", "The New York Times|New York Times", "The Washington Post|Washington Post",
      "The Wall Street Journal|Wall Street Journal|WSJ", "Financial Times|FT", "The Economist", "Axios",
      "Politico", "NPR", "CNBC", "Fox News", "NBC News", "CBS News", "ABC News", "USA Today", "Al Jazeera",
      "The Independent", "The Telegraph", "Sky News", "Deutsche Welle|DW", "Le Monde", "Der Spiegel",
      "The Times", "Los Angeles Times", "The Atlantic", "Business Insider", "Insider", "Forbes", "TechCrunch",
      "The Verge", "Wired", "Ars Technica", "The Hill", "Newsweek", "Time", "Variety", "ESPN", "Nikkei Asia",
      "South China Morning Post", "The Hindu", "The Conversation", "Euronews"));

  private static final Map<String, String> AGGREGATORS = index(List.of(
      "inkl", "Yahoo News|Yahoo|Yahoo Finance", "MSN|Microsoft Start", "Apple News", "Flipboard",
      "NewsBreak|News Break", "Google News", "SmartNews", "Ground News", "PressReader", "AOL", "Newsnow|NewsNow",
      "Feedly", "Pocket"));

  private static final Map<String, String> AGGREGATOR_DOMAINS = Map.of(
      "inkl.com", "inkl", "news.yahoo.com", "Yahoo News", "yahoo.com", "Yahoo News", "msn.com", "MSN",
      "apple.news", "Apple News", "flipboard.com", "Flipboard", "newsbreak.com", "NewsBreak",
      "news.google.com", "Google News", "smartnews.com", "SmartNews", "pressreader.com", "PressReader");

  private static final Pattern AGGREGATOR_MENTION = mentionPattern(AGGREGATORS);
  private static final Pattern PUBLISHER_MENTION = mentionPattern(PUBLISHERS);

  private static final int MAX_NAME = 60;

  private KnownSources() {}

  /** The publisher's usual name if {@code name} is exactly a known publisher's, else null. */
  public static String publisher(String name) {
    return name == null || name.length() > MAX_NAME ? null : PUBLISHERS.get(key(name));
  }

  /** The aggregator's usual name if {@code name} is exactly a known aggregator's, else null. */
  public static String aggregator(String name) {
    return name == null || name.length() > MAX_NAME ? null : AGGREGATORS.get(key(name));
  }

  /** The first known aggregator named anywhere in {@code line} ("Top stories on inkl right now"). */
  public static String aggregatorMentioned(String line) {
    Matcher m = AGGREGATOR_MENTION.matcher(line);
    return m.find() ? AGGREGATORS.get(key(m.group(1))) : null;
  }

  /** The first known publisher named anywhere in {@code line} ("© 2022 The Associated Press"). */
  public static String publisherMentioned(String line) {
    Matcher m = PUBLISHER_MENTION.matcher(line);
    return m.find() ? PUBLISHERS.get(key(m.group(1))) : null;
  }

  /** The aggregator whose site serves {@code host} (a URL host name), or null. */
  public static String aggregatorOfHost(String host) {
    if (host == null) {
      return null;
    }
    String h = host.toLowerCase(Locale.ROOT);
    while (true) {
      String name = AGGREGATOR_DOMAINS.get(h.startsWith("www.") ? h.substring(4) : h);
      if (name != null) {
        return name;
      }
      int dot = h.indexOf('.');
      if (dot < 0 || h.indexOf('.', dot + 1) < 0) {
        return null;
      }
      h = h.substring(dot + 1);
    }
  }

  /** True when {@code name} is an organisation, not a person: agencies are never authors. */
  public static boolean isOrganisation(String name) {
    return publisher(name) != null || aggregator(name) != null;
  }

  private static Map<String, String> index(List<String> groups) {
    Map<String, String> m = new LinkedHashMap<>();
    for (String group : groups) {
      String[] names = group.split("\\|");
      for (String n : names) {
        m.put(key(n), names[0]);
      }
    }
    return Map.copyOf(m);
  }

  private static Pattern mentionPattern(Map<String, String> names) {
    List<String> keys = new ArrayList<>();
    int longest = 0;
    for (String k : names.keySet()) {
      if (k.length() > 3 || k.equals("inkl") || k.equals("msn") || k.equals("aol") || k.equals("afp")) {
        keys.add(k);
        longest = Math.max(longest, k.length());
      }
    }
    // Longest first, so a name wins over a shorter one it starts with. Loops, not a sorted stream:
    // this runs in every cold start's first extraction (docs/cold-start.md).
    StringBuilder alt = new StringBuilder();
    for (int length = longest; length > 0; length--) {
      for (String k : keys) {
        if (k.length() == length) {
          alt.append(alt.length() == 0 ? "" : "|").append(Pattern.quote(k));
        }
      }
    }
    return Pattern.compile("(?<![\\p{L}\\d])(" + alt + ")(?![\\p{L}\\d])", Pattern.CASE_INSENSITIVE);
  }

  private static String key(String name) {
    return SPACES.matcher(name.trim()).replaceAll(" ").toLowerCase(Locale.ROOT);
  }
}
