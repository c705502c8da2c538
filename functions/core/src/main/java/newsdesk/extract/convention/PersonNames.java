package newsdesk.extract.convention;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Lists of people as newsrooms print them ("A, B and C", "A & B", "A; B"), split into single names
 * in natural case. Shared by bylines and closing credits, which list people the same way.
 */
public final class PersonNames {

  private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0]+");
  private static final Pattern LEADING_BY = Pattern.compile("^(?i)(?:by|von|par|por)\\s+");
  private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[\\s.,;:]+$");
  private static final Pattern SEPARATORS = Pattern.compile("\\s*(?:,|;|&|\\band\\b|\\bund\\b|\\bet\\b|\\by\\b|\\|)\\s*");
  private static final Pattern LOCATION = Pattern.compile("\\s+(?:in|from|at)\\s+\\p{Lu}[\\p{L} .'-]*$");
  private static final Pattern NAME_TOKEN = Pattern.compile(
      "(?:\\p{Lu}[\\p{L}'’.-]*|\\p{Lu}\\.|(?:de|da|del|der|den|van|von|bin|al|el|la|le|dos|du|ter)(?:-\\p{Lu}[\\p{L}'-]*)?)");
  private static final Pattern ROLE = Pattern.compile(
      "(?i)\\s*[,|-]?\\s*\\b(staff writer|staff reporter|senior (?:writer|reporter|correspondent)|correspondent|"
          + "reporter|contributor|editor|writer|columnist|political editor|business editor)s?\\b.*$");

  private static final Set<String> NOT_FIRST = Set.of("The", "A", "An", "Our", "This", "More", "New");
  /** Words that sign a story without naming anyone: "Staff", "Editorial Team", "Redaktion". */
  private static final Pattern NOBODY = Pattern.compile(
      "(?i)^(?:(?:the|our|web|news|editorial|online|staff|guest)\\s+)*(?:staff|team|desk|editors?|editorial|newsroom|"
          + "admin|administrator|redaktion|rédaction|redacción|redazione|guest|anonymous|unknown|contributors?)$"
          + "|(?i)^(?:no|kein|sin|sans)\\s+(?:author|autor|auteur)$|^(?i:alle\\s+artikel|all\\s+articles|all\\s+posts)$"
          + "|^(?iu:gesponserte\\s+inhalte|sponsored(?:\\s+content)?|advertorial|anzeige|werbung|promoted)$");
  /** Words that make a declared "author" an organisation, whose name no list could hold in full. */
  private static final Pattern ORGANISATION_WORD = Pattern.compile(
      "(?i)\\b(?:organi[sz]ation|foundation|inc|ltd|llc|gmbh|corp(?:oration)?|company|association|society|institute|"
          + "university|council|ministry|department|agency|news|media|press|group|projects?|e\\.\\s?v|"
          + "\\p{L}*(?:stiftung|verband|verein|anstalt))\\b\\.?");
  /** Lower-case words a personal name may hold ("Ludwig van Beethoven", "Maria da Silva"). */
  private static final Pattern PARTICLE = Pattern.compile(
      "de|da|del|der|den|van|von|bin|al|el|la|le|dos|du|ter|di|y|zu|und");
  /** "Surname, Given [Given] [particles]": given names are capitalised words or initials, particles follow them. */
  private static final Pattern SURNAME_FIRST = Pattern.compile("(\\p{Lu}[\\p{L}'’-]+),\\s*"
      + "((?:\\p{Lu}[\\p{L}'’-]*\\.?)(?:[\\s-]\\p{Lu}[\\p{L}'’-]*\\.?){0,2}(?:\\s(?:" + PARTICLE.pattern() + ")){0,2})");
  private static final Pattern HAN_NAME = Pattern.compile("^[\\p{IsHan}]{2,4}$");
  private static final Pattern LOWER_START = Pattern.compile("^\\p{Ll}");
  private static final int MAX_DECLARED_WORDS = 6;
  /** An initial or a generational suffix keeps its full stop: "Perry Bacon Jr.", "Ana Ruiz C.". */
  private static final Pattern KEEPS_FULL_STOP = Pattern.compile("(?:^|\\s)(?:\\p{Lu}|Jr|Sr)\\.[\\s,;:]*$");
  /** One word, capitalised, letters only: how bloggers sign ("Heike", "Wanderfalke"). */
  private static final Pattern SIGNATURE = Pattern.compile("\\p{Lu}[\\p{L}'’-]{1,29}");
  private static final Pattern HANDLE = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}_.-]{1,29}");
  private static final Pattern LETTER = Pattern.compile("\\p{L}");
  /** Accounts that publish for a site rather than sign for a person. */
  private static final Pattern NOT_A_HANDLE = Pattern.compile("(?i)admin|webmaster|editor|redakt");
  /** Words author links and boxes show that are no one's name. */
  private static final Pattern NOT_A_SIGNATURE = Pattern.compile(
      "(?iu)author|autor|autorin|auteur|autore|home|profile?|more|mehr|menu|login|logout|share|posts?|beiträge|artikel|"
          + "articles?|webmaster|moderator|by|von|kontakt|contact|about|impressum|blog|website|homepage|email|e-mail");

  /**
   * A job title printed before the name, as German pages do ("Rechtsanwalt Jonas Weber", "FOCUS-Online-Experte
   * Ana Ruiz"): cut only where two capitalised words, a name, follow.
   */
  private static final Pattern LEADING_ROLE = Pattern.compile("^(?iu:(?:[\\p{L}-]+-)?(?:experte|expertin|rechtsanwalt|"
      + "rechtsanwältin|fachanwalt|fachanwältin|anwalt|anwältin|redakteur|redakteurin|chefredakteur|chefredakteurin|"
      + "korrespondent|korrespondentin|journalist|journalistin|kolumnist|kolumnistin|gastautor|gastautorin|reporterin|"
      + "moderator|moderatorin))\\s+(?=\\p{Lu}[\\p{L}'.-]*\\s+\\p{Lu})");
  /** A brand's "Staff" after the name ("Ana Ruiz ValleyPost Staff"); two words before it must remain. */
  private static final Pattern TRAILING_STAFF = Pattern.compile("(?<=\\S\\s\\S{1,40})\\s+\\p{Lu}[\\p{L}.]*\\s+Staff$");
  /**
   * Words an author box prints as labels and buttons, never as part of a name: narrower than {@link
   * #NOT_A_SIGNATURE}, whose "von", "More" or "Guest" are also particles and surnames.
   */
  private static final Pattern LABEL = Pattern.compile("(?iu)author|autor|autorin|auteur|autore|follow|folgen|abonnieren|"
      + "suivre|seguir|unknown|anonymous|beiträge|artikel|articles?|posts?|profile?|admin|administrator|webmaster|login");

  private PersonNames() {}

  /** Splits a list of people; organisations (agencies, "Reuters bureaus") are kept only if {@code keepOrgs}. */
  public static List<String> split(String list, boolean keepOrgs) {
    LinkedHashSet<String> names = new LinkedHashSet<>();
    if (list == null) {
      return List.of();
    }
    for (String part : SEPARATORS.split(list.trim())) {
      String name = clean(part);
      if (name.isEmpty()) {
        continue;
      }
      if (!keepOrgs && (KnownSources.isOrganisation(name) || !looksLikeName(name) || NOBODY.matcher(name).matches())) {
        continue;
      }
      names.add(name);
    }
    return new ArrayList<>(names);
  }

  /**
   * The people in a list the page itself declares as its authors (a schema.org Person, an author
   * meta tag). Such a list is trusted further than text that merely looks like a byline: a name
   * in parentheses, a single-token Chinese name or an unusual spelling is kept. Organisations,
   * URLs, e-mail addresses, handles, roles and "Staff"-like signatures are still dropped.
   */
  public static List<String> declared(String list) {
    LinkedHashSet<String> names = new LinkedHashSet<>();
    if (list == null) {
      return List.of();
    }
    for (String part : SEPARATORS.split(list.trim())) {
      String name = clean(part);
      if (isDeclaredName(name)) {
        names.add(name);
      }
    }
    return new ArrayList<>(names);
  }

  private static boolean isDeclaredName(String name) {
    if (name.isEmpty() || name.length() > 80 || KnownSources.isOrganisation(name) || NOBODY.matcher(name).matches()
        || ORGANISATION_WORD.matcher(name).find()) {
      return false;
    }
    if (looksLikeName(name) || HAN_NAME.matcher(name).matches()) {
      return true;
    }
    String[] tokens = SPACES.split(name);
    int words = tokens.length;
    for (int i = 1; i < tokens.length; i++) {
      // "Landesanstalt für Wald": a lower-case word inside is prose, unless it is a name particle.
      if (LOWER_START.matcher(tokens[i]).find() && !PARTICLE.matcher(tokens[i]).matches()) {
        return false;
      }
    }
    boolean letters = name.codePoints().anyMatch(Character::isLetter);
    boolean machine = name.contains("@") || name.contains("://") || name.startsWith("www.") || name.chars().anyMatch(Character::isDigit);
    // One lower-case token is a login ("jdoe"), not how anyone signs a story.
    return letters && !machine && words >= 2 && words <= MAX_DECLARED_WORDS && !LOWER_START.matcher(name).find();
  }

  /**
   * A name written surname first, as library catalogues and Dublin Core do ("Jong, Michiel de",
   * "Kooman, F."), in natural order; anything else unchanged. The surname is one word: "Mara Lindqvist,
   * Jonas Weber" is two people, not one.
   */
  public static String uninverted(String name) {
    if (name == null) {
      return null;
    }
    Matcher m = SURNAME_FIRST.matcher(name.strip());
    return m.matches() ? m.group(2) + " " + m.group(1) : name;
  }

  /** True when every word of {@code s} could be part of a personal name and there are two to five of them. */
  public static boolean looksLikeName(String s) {
    String[] tokens = SPACES.split(s.trim());
    if (tokens.length < 2 || tokens.length > 5 || NOT_FIRST.contains(tokens[0])) {
      return false;
    }
    for (String t : tokens) {
      if (!NAME_TOKEN.matcher(t).matches()) {
        return false;
      }
    }
    return !KnownSources.isOrganisation(s) && !ORGANISATION_WORD.matcher(s).find();
  }

  /**
   * True when {@code s} is a single capitalised word that can sign a post, where the page marks it
   * up as the author (a first name, a pen name). Logins (lower case, digits, underscores), acronyms,
   * organisations and words such as "Admin" or "Author" are not signatures.
   */
  public static boolean isSignature(String s) {
    String t = s == null ? "" : s.strip();
    return SIGNATURE.matcher(t).matches() && !isAllCaps(t) && namesSomeone(t);
  }

  /**
   * True when a word of {@code name} is one that author boxes print beside names ("Follow Author", "Alle
   * Beiträge", "Unknown"): such a box's text is its labels, not a person.
   */
  public static boolean holdsLabel(String name) {
    for (String word : SPACES.split(name.strip())) {
      if (LABEL.matcher(word).matches()) {
        return true;
      }
    }
    return false;
  }

  /** False for a placeholder, a word that author boxes show beside names, or an organisation. */
  private static boolean namesSomeone(String t) {
    return !NOBODY.matcher(t).matches() && !NOT_A_SIGNATURE.matcher(t).matches() && !KnownSources.isOrganisation(t)
        && !ORGANISATION_WORD.matcher(t).find();
  }

  /**
   * The login or pen name a blog signs with ("gnaddrig", "von freeman1984", "Herr_Rein"): one word
   * of letters and digits, with a letter, not an administrator account; else null. Such a word is a
   * name only where the page declares it its author's; the caller checks that.
   */
  public static String handle(String s) {
    String t = s == null ? "" : LEADING_BY.matcher(s.strip()).replaceFirst("");
    boolean handle = HANDLE.matcher(t).matches() && LETTER.matcher(t).find() && !NOT_A_HANDLE.matcher(t).find()
        && namesSomeone(t);
    return handle ? t : null;
  }

  private static String clean(String part) {
    String s = part.trim();
    s = LOCATION.matcher(s).replaceFirst("");
    s = ROLE.matcher(s).replaceFirst("");
    s = LEADING_BY.matcher(s).replaceFirst("");
    s = LEADING_ROLE.matcher(s).replaceFirst("");
    s = TRAILING_STAFF.matcher(s).replaceFirst("");
    boolean keepsFullStop = KEEPS_FULL_STOP.matcher(s).find();
    s = TRAILING_PUNCTUATION.matcher(s).replaceFirst("").trim() + (keepsFullStop ? "." : "");
    s = SPACES.matcher(s).replaceAll(" ");
    if (s.endsWith("'s") || s.isEmpty()) {
      return s;
    }
    return isAllCaps(s) ? naturalCase(s) : s;
  }

  private static boolean isAllCaps(String s) {
    boolean letters = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isLowerCase(c)) {
        return false;
      }
      letters |= Character.isLetter(c);
    }
    return letters;
  }

  /** "JANE O'NEILL-SMITH" becomes "Jane O'Neill-Smith": capitalise after spaces, hyphens and apostrophes. */
  static String naturalCase(String s) {
    StringBuilder out = new StringBuilder(s.length());
    boolean start = true;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      out.append(start ? Character.toUpperCase(c) : Character.toLowerCase(c));
      start = c == ' ' || c == '-' || c == '\'' || c == '’' || c == '.';
    }
    return out.toString();
  }
}
