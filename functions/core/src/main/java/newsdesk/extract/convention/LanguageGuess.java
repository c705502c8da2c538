package newsdesk.extract.convention;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A cheap guess of a text's language for pages that declare none: from its script where the script
 * nearly names the language (Han, kana, Hangul, Greek, Hebrew, Thai, ...; Cyrillic and Arabic by the
 * letters only some of their languages use), else from its commonest function words. A few sets of
 * stopwords and a script tally load in microseconds, unlike an n-gram model, which matters at cold
 * start; the guess is only made when one language clearly leads.
 */
public final class LanguageGuess {

  private static final Pattern LANGUAGE_SUBTAG = Pattern.compile("[a-z]{2,3}");
  private static final Map<String, Set<String>> STOPWORDS = Map.of(
      "en", Set.of("the", "and", "of", "to", "in", "is", "that", "was", "for", "with", "said", "on", "it", "he", "as"),
      "de", Set.of("der", "die", "und", "das", "ist", "nicht", "mit", "den", "sich", "auf", "ein", "eine", "dem", "auch", "wurde"),
      "fr", Set.of("le", "la", "les", "et", "des", "est", "une", "dans", "pour", "qui", "que", "sur", "pas", "du", "avec"),
      "es", Set.of("el", "los", "las", "y", "del", "que", "en", "una", "por", "con", "para", "es", "se", "como", "pero"),
      "it", Set.of("il", "di", "che", "e", "della", "per", "una", "sono", "non", "con", "gli", "nel", "del", "anche", "alla"),
      "pt", Set.of("o", "os", "as", "e", "do", "da", "que", "em", "um", "uma", "para", "com", "não", "dos", "foi"),
      "nl", Set.of("de", "het", "een", "en", "van", "is", "dat", "op", "niet", "met", "voor", "zijn", "ook", "werd", "aan"));

  private static final List<String> LANGUAGES = List.copyOf(STOPWORDS.keySet());
  /** Each stopword with the indexes in {@link #LANGUAGES} of the languages whose set holds it. */
  private static final Map<String, int[]> LANGUAGES_OF = languagesOf();
  /** Chars in the longest stopword: a longer run of letters is no stopword and is not looked up. */
  private static final int LONGEST_STOPWORD = longestStopword();

  private LanguageGuess() {}

  private static int longestStopword() {
    int longest = 0;
    for (Set<String> words : STOPWORDS.values()) {
      for (String w : words) {
        longest = Math.max(longest, w.length());
      }
    }
    return longest;
  }

  private static Map<String, int[]> languagesOf() {
    Map<String, int[]> out = new HashMap<>();
    for (int l = 0; l < LANGUAGES.size(); l++) {
      for (String word : STOPWORDS.get(LANGUAGES.get(l))) {
        int[] before = out.getOrDefault(word, new int[0]);
        int[] with = Arrays.copyOf(before, before.length + 1);
        with[before.length] = l;
        out.put(word, with);
      }
    }
    return Map.copyOf(out);
  }

  /** The BCP 47 code of the language {@code text} seems to be in, or null when unsure. */
  public static String guess(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    String sample = text.length() > 20000 ? text.substring(0, 20000) : text;
    ScriptTally scripts = ScriptTally.of(sample);
    if (scripts.nonLatin * 2 > scripts.letters) {
      return scripts.language();
    }
    String best = null;
    int bestCount = 0;
    int second = 0;
    // Only the two highest counts decide, so the languages' order (Map.of has none) does not matter.
    for (Map.Entry<String, Integer> e : stopwordCounts(sample.toLowerCase(Locale.ROOT)).entrySet()) {
      int count = e.getValue();
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

  /**
   * For each language, how many of the words of {@code lower} (runs of letters, as splitting at
   * {@code [^\p{L}]+} cut them) are its stopwords. One scan, looking up only runs short enough to be
   * a stopword, each in one map: splitting made a string of every word and asked all seven sets
   * about each.
   */
  static Map<String, Integer> stopwordCounts(String lower) {
    int[] counts = new int[LANGUAGES.size()];
    int n = lower.length();
    int i = 0;
    while (i < n) {
      int cp = lower.codePointAt(i);
      if (!Character.isLetter(cp)) {
        i += Character.charCount(cp);
        continue;
      }
      int start = i;
      do {
        i += Character.charCount(cp);
      } while (i < n && Character.isLetter(cp = lower.codePointAt(i)));
      if (i - start <= LONGEST_STOPWORD) {
        int[] languages = LANGUAGES_OF.get(lower.substring(start, i));
        if (languages != null) {
          for (int l : languages) {
            counts[l]++;
          }
        }
      }
    }
    Map<String, Integer> out = new HashMap<>();
    for (int l = 0; l < counts.length; l++) {
      out.put(LANGUAGES.get(l), counts[l]);
    }
    return out;
  }

  /** The stopword sets, for the test that {@link #stopwordCounts} counts as splitting the text did. */
  static Map<String, Set<String>> stopwords() {
    return STOPWORDS;
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

  /** Letters of the sample counted by script, with the few letters that tell sibling languages apart. */
  private static final class ScriptTally {
    /** Below this many letters in one script a guess is a coin toss ("Москва" in an English text). */
    private static final int MIN_LETTERS = 12;

    int letters;
    int nonLatin;
    final Map<Character.UnicodeScript, Integer> byScript = new java.util.EnumMap<>(Character.UnicodeScript.class);
    int ukrainian;
    int russian;
    int serbian;
    int persian;
    int urdu;

    static ScriptTally of(String s) {
      ScriptTally t = new ScriptTally();
      for (int i = 0; i < s.length(); ) {
        int cp = s.codePointAt(i);
        i += Character.charCount(cp);
        if (cp < 0x80) {
          if ((cp | 0x20) >= 'a' && (cp | 0x20) <= 'z') {
            t.letters++;
          }
          continue;
        }
        if (!Character.isLetter(cp)) {
          continue;
        }
        t.letters++;
        if (cp < 0x250) {
          continue; // Latin: the stopwords decide
        }
        t.nonLatin++;
        t.byScript.merge(Character.UnicodeScript.of(cp), 1, Integer::sum);
        switch (cp) {
          case 'і', 'ї', 'є', 'ґ' -> t.ukrainian++;
          case 'ы', 'э', 'ё' -> t.russian++;
          case 'ђ', 'ј', 'љ', 'њ', 'ћ', 'џ' -> t.serbian++;
          case 'پ', 'چ', 'ژ', 'گ', 'ی' -> t.persian++;
          case 'ں', 'ے', 'ٹ', 'ڈ', 'ڑ' -> t.urdu++;
          default -> { }
        }
      }
      return t;
    }

    String language() {
      Character.UnicodeScript top = null;
      int topCount = 0;
      for (Map.Entry<Character.UnicodeScript, Integer> e : byScript.entrySet()) {
        if (e.getValue() > topCount) {
          top = e.getKey();
          topCount = e.getValue();
        }
      }
      if (top == null || topCount < MIN_LETTERS) {
        return null;
      }
      int kana = byScript.getOrDefault(Character.UnicodeScript.HIRAGANA, 0)
          + byScript.getOrDefault(Character.UnicodeScript.KATAKANA, 0);
      return switch (top) {
        // Japanese mixes kanji with kana; Chinese has none.
        case HAN, HIRAGANA, KATAKANA -> kana * 10 >= topCount ? "ja" : "zh";
        case HANGUL -> "ko";
        case CYRILLIC -> ukrainian > russian && ukrainian > serbian ? "uk"
            : serbian > russian && serbian > ukrainian ? "sr"
            : russian > 0 ? "ru" : null;
        // Urdu's own letters never occur in Persian; Persian's (also in Urdu) never in Arabic.
        case ARABIC -> urdu >= 2 ? "ur" : persian >= 2 ? "fa" : "ar";
        case GREEK -> "el";
        case HEBREW -> "he";
        case THAI -> "th";
        case DEVANAGARI -> "hi";
        case BENGALI -> "bn";
        case TAMIL -> "ta";
        case GEORGIAN -> "ka";
        case ARMENIAN -> "hy";
        default -> null;
      };
    }
  }
}
