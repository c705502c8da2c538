package newsdesk.extract.convention;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Month names as news pages print them in French, Spanish, Italian, Portuguese, Dutch, the
 * Scandinavian languages, Finnish, Polish, Czech, Russian, Ukrainian and Turkish: the full names in the
 * form a day-first date uses (the genitive where the language has one: "15 августа", "3 marca") and
 * the abbreviations that cannot be mistaken for a word ("janv.", "févr.", "sept.", "dic."). English
 * and German names are {@link PublicationDate}'s own pattern. A class of its own so that the table
 * is built only when a line holds a day, a word and a year, never on the text path's first event.
 */
final class NamedMonths {

  private static final Map<String, Integer> MONTHS = new HashMap<>();

  static {
    months(1, "janvier", "janv", "enero", "ene", "gennaio", "janeiro", "januari", "januar", "tammikuuta", "stycznia",
        "ledna", "января", "січня", "ocak");
    months(2, "février", "fevrier", "févr", "fevr", "febrero", "febbraio", "fevereiro", "februari", "februar",
        "helmikuuta", "lutego", "února", "unora", "февраля", "лютого", "şubat", "subat");
    months(3, "mars", "marzo", "março", "marco", "maart", "mrt", "marts", "maaliskuuta", "marca", "března", "brezna",
        "марта", "березня", "mart");
    months(4, "avril", "avr", "abril", "aprile", "april", "huhtikuuta", "kwietnia", "dubna", "апреля", "квітня", "nisan");
    months(5, "mai", "mayo", "maggio", "maio", "mei", "maj", "toukokuuta", "maja", "května", "kvetna", "мая", "травня",
        "mayıs", "mayis");
    months(6, "juin", "junio", "giugno", "junho", "juni", "kesäkuuta", "czerwca", "června", "cervna", "июня", "червня",
        "haziran");
    months(7, "juillet", "juil", "julio", "luglio", "julho", "juli", "heinäkuuta", "lipca", "července", "cervence",
        "июля", "липня", "temmuz");
    months(8, "août", "aout", "agosto", "augustus", "augusti", "august", "elokuuta", "sierpnia", "srpna", "августа", "серпня",
        "ağustos", "agustos");
    months(9, "septembre", "sept", "septiembre", "setiembre", "settembre", "setembro", "september", "syyskuuta", "września",
        "wrzesnia", "září", "zari", "сентября", "вересня", "eylül", "eylul");
    months(10, "octobre", "octubre", "ottobre", "outubro", "oktober", "lokakuuta", "października", "pazdziernika",
        "října", "rijna", "октября", "жовтня", "ekim");
    months(11, "novembre", "noviembre", "novembro", "november", "marraskuuta", "listopada", "listopadu", "ноября",
        "листопада", "kasım", "kasim");
    months(12, "décembre", "decembre", "déc", "diciembre", "dic", "dicembre", "dezembro", "december", "desember",
        "joulukuuta", "grudnia", "prosince", "декабря", "грудня", "aralık", "aralik");
  }

  private NamedMonths() {}

  private static void months(int month, String... names) {
    for (String name : names) {
      MONTHS.put(name, month);
    }
  }

  /** The month (1 to 12) {@code word} names, or 0. */
  static int of(String word) {
    return MONTHS.getOrDefault(word.toLowerCase(Locale.ROOT), 0);
  }
}
