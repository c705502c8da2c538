package newsdesk.extract.convention;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A cheap guess of a text's language from its commonest function words, for pages that declare
 * none. A few sets of stopwords load in microseconds, unlike an n-gram model, which matters at cold
 * start; the guess is only made when one language clearly leads.
 */
public final class LanguageGuess {

  private static final Pattern NON_LETTERS = Pattern.compile("[^\\p{L}]+");
  private static final Pattern LANGUAGE_SUBTAG = Pattern.compile("[a-z]{2,3}");
  private static final Map<String, Set<String>> STOPWORDS = Map.of(
      "en", Set.of("the", "and", "of", "to", "in", "is", "that", "was", "for", "with", "said", "on", "it", "he", "as"),
      "de", Set.of("der", "die", "und", "das", "ist", "nicht", "mit", "den", "sich", "auf", "ein", "eine", "dem", "auch", "wurde"),
      "fr", Set.of("le", "la", "les", "et", "des", "est", "une", "dans", "pour", "qui", "que", "sur", "pas", "du", "avec"),
      "es", Set.of("el", "los", "las", "y", "del", "que", "en", "una", "por", "con", "para", "es", "se", "como", "pero"),
      "it", Set.of("il", "di", "che", "e", "della", "per", "una", "sono", "non", "con", "gli", "nel", "del", "anche", "alla"),
      "pt", Set.of("o", "os", "as", "e", "do", "da", "que", "em", "um", "uma", "para", "com", "não", "dos", "foi"),
      "nl", Set.of("de", "het", "een", "en", "van", "is", "dat", "op", "niet", "met", "voor", "zijn", "ook", "werd", "aan"));

  private LanguageGuess() {}

  /** The BCP 47 code of the language {@code text} seems to be in, or null when unsure. */
  public static String guess(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    String sample = text.length() > 20000 ? text.substring(0, 20000) : text;
    String[] words = NON_LETTERS.split(sample.toLowerCase(Locale.ROOT));
    String best = null;
    int bestCount = 0;
    int second = 0;
    for (Map.Entry<String, Set<String>> e : STOPWORDS.entrySet()) {
      int count = 0;
      for (String w : words) {
        if (e.getValue().contains(w)) {
          count++;
        }
      }
      if (count > bestCount) {
        second = bestCount;
        bestCount = count;
        best = e.getKey();
      } else if (count > second) {
        second = count;
      }
    }
    return bestCount >= 3 && bestCount >= second * 1.5 ? best : null;
  }

  /** The primary language subtag of a declared language ("en-US", "en_GB" → "en"), or null. */
  public static String declared(String lang) {
    if (lang == null) {
      return null;
    }
    String s = lang.strip().replace('_', '-');
    int dash = s.indexOf('-');
    String primary = (dash > 0 ? s.substring(0, dash) : s).toLowerCase(Locale.ROOT);
    return LANGUAGE_SUBTAG.matcher(primary).matches() ? primary : null;
  }
}
