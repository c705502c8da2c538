package newsdesk.extract.convention;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import newsdesk.extract.CorpusLines;
import newsdesk.testing.RandomInputs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Undeclared pages in non-Latin scripts get a language from the script and its telling letters. */
class LanguageGuessTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      zh | 市议会周一表示，新的交通规则将于明年春天生效，居民可以在网上提出意见。
      ja | 市議会は月曜日、新しい交通規則が来年の春に施行されると発表しました。住民はオンラインで意見を出せます。
      ko | 시의회는 월요일에 새로운 교통 규칙이 내년 봄에 시행될 것이라고 밝혔다.
      ru | Городской совет в понедельник объявил, что новые правила движения вступят в силу весной, и жители смогут высказать своё мнение.
      uk | Міська рада в понеділок оголосила, що нові правила руху набудуть чинності навесні, і мешканці зможуть висловити свою думку.
      el | Το δημοτικό συμβούλιο ανακοίνωσε τη Δευτέρα ότι οι νέοι κανόνες κυκλοφορίας θα ισχύσουν την άνοιξη.
      he | מועצת העיר הודיעה ביום שני כי כללי התנועה החדשים ייכנסו לתוקף באביב.
      ar | أعلن مجلس المدينة يوم الاثنين أن قواعد المرور الجديدة ستدخل حيز التنفيذ في الربيع.
      fa | شورای شهر روز دوشنبه اعلام کرد که قوانین جدید رانندگی در بهار اجرا می‌شود و مردم می‌توانند نظر بدهند.
      th | สภาเมืองประกาศเมื่อวันจันทร์ว่ากฎจราจรใหม่จะมีผลบังคับใช้ในฤดูใบไม้ผลิ
      ur | شہر کی کونسل نے پیر کے روز اعلان کیا کہ ٹریفک کے نئے قواعد بہار میں نافذ ہوں گے۔
      hi | नगर परिषद ने सोमवार को घोषणा की कि नए यातायात नियम वसंत में लागू होंगे।
      en | The council said on Monday that the new traffic rules will come into force in the spring, and that residents can comment.
      """)
  void guessesFromScript(String expected, String text) {
    assertThat(LanguageGuess.guess(text)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      a few Latin words 中文
      Москва
      12345 — 678
      """)
  void staysSilentWhenUnsure(String text) {
    assertThat(LanguageGuess.guess(text)).isNull();
  }

  @Test
  void stopwordsAreCountedAsSplittingTheTextCountedThem() {
    RandomInputs random = RandomInputs.seeded(0x6c616e67L);
    List<String> pieces = List.of("the", "and", "der", "die", "não", "que", "e", "o", "de", "het", "il", "la", "Les",
        "THE", "İ", "ß", "straße", "river", "said", "x", "é", "中", "Москва", "𝐀", "don't", "l'eau", "12", "-", "—");
    for (var sample : random.samples(20_000, r -> String.join(r.oneOf(" ", "", ", ", "\n", "\u00a0", "'"),
        r.listOf(0, 30, () -> r.oneOf(pieces))))) {
      String lower = sample.value().toLowerCase(Locale.ROOT);
      assertThat(LanguageGuess.stopwordCounts(lower)).as(sample.toString()).isEqualTo(countedBySplitting(lower));
    }
    for (String line : CorpusLines.all()) {
      String lower = line.toLowerCase(Locale.ROOT);
      assertThat(LanguageGuess.stopwordCounts(lower)).as(line).isEqualTo(countedBySplitting(lower));
    }
  }

  /** The counting the scan replaced: the text split at every run of non-letters, each word asked of each set. */
  private static Map<String, Integer> countedBySplitting(String lower) {
    String[] words = Pattern.compile("[^\\p{L}]+").split(lower);
    Map<String, Integer> counts = new HashMap<>();
    for (Map.Entry<String, Set<String>> e : LanguageGuess.stopwords().entrySet()) {
      int count = 0;
      for (String w : words) {
        count += e.getValue().contains(w) ? 1 : 0;
      }
      counts.put(e.getKey(), count);
    }
    return counts;
  }
}
