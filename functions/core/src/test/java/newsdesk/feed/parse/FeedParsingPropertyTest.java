package newsdesk.feed.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Properties of the two parsers that read untrusted text: they never throw unexpectedly, and dates round-trip. */
class FeedParsingPropertyTest {

  private static final String FEED =
      "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>T &amp; U</title><link>https://e.com/</link>"
          + "<item><title>A</title><link>/a</link><pubDate>Tue, 02 Jan 2024 10:00:00 GMT</pubDate>"
          + "<description><![CDATA[<p>x</p>]]></description></item></channel></rss>";

  @Property
  void datesNeverThrow(@ForAll("dateLike") String text) {
    assertThat(FeedDates.parse(text)).isNotNull();
  }

  @Property
  void anyStringNeverThrows(@ForAll String text) {
    assertThat(FeedDates.parse(text)).isNotNull();
  }

  @Property
  void rfc1123RoundTrips(@ForAll("instants") Instant instant, @ForAll @IntRange(min = -12 * 60, max = 14 * 60) int offsetMinutes) {
    OffsetDateTime time = instant.atOffset(ZoneOffset.ofTotalSeconds(offsetMinutes * 60));
    String text = DateTimeFormatter.RFC_1123_DATE_TIME.format(time);
    assertThat(FeedDates.parse(text)).as(text).hasValueSatisfying(t -> assertThat(((OffsetDateTime) t).toInstant()).isEqualTo(instant));
  }

  @Property
  void isoRoundTrips(@ForAll("instants") Instant instant, @ForAll @IntRange(min = -12 * 60, max = 14 * 60) int offsetMinutes) {
    OffsetDateTime time = instant.atOffset(ZoneOffset.ofTotalSeconds(offsetMinutes * 60));
    assertThat(FeedDates.parse(time.toString())).hasValue(time);
  }

  @Property
  void twoDigitYearsLandWithinFiftyYearsOf2000(@ForAll @IntRange(min = 0, max = 99) int yy) {
    String text = String.format("01 Mar %02d 10:00:00 GMT", yy);
    assertThat(FeedDates.parse(text)).hasValueSatisfying(t -> assertThat(((OffsetDateTime) t).getYear()).isBetween(1950, 2049));
  }

  /** Fewer tries than the default: each one is a full parse, and 300 already cover the shapes. */
  @Property(tries = 300)
  void anyBytesAreAFeedOrNotAFeedNeverACrash(@ForAll byte[] body) {
    parseOrRefuse(body);
  }

  @Property(tries = 300)
  void truncatedOrCorruptedFeedsNeverCrash(@ForAll @IntRange(min = 0, max = 400) int cut, @ForAll("junk") String junk) {
    String damaged = FEED.substring(0, Math.min(cut, FEED.length())) + junk + FEED.substring(Math.min(cut, FEED.length()) / 2);
    parseOrRefuse(damaged.getBytes(StandardCharsets.UTF_8));
  }

  private static void parseOrRefuse(byte[] body) {
    try {
      ParsedFeed feed = FeedDocument.parse(body, null, "https://e.com/feed");
      assertThat(feed.items()).isNotNull();
    } catch (NotAFeedException expected) {
      assertThat(expected.getMessage()).isNotBlank();
    }
  }

  @Provide
  Arbitrary<String> dateLike() {
    return Arbitraries.strings().withChars("0123456789 ,:-+.TZJanFebMarGMTESTPDTUTC()/").ofMaxLength(40);
  }

  @Provide
  Arbitrary<String> junk() {
    return Arbitraries.strings().withChars("<>&;/![]\"'=?x \u0000\uFFFE").ofMaxLength(20);
  }

  @Provide
  Arbitrary<Instant> instants() {
    Instant from = Instant.parse("1950-01-01T00:00:00Z");
    Instant to = Instant.parse("2100-01-01T00:00:00Z");
    return Arbitraries.longs().between(from.getEpochSecond(), to.getEpochSecond())
        .map(s -> Instant.ofEpochSecond(s).truncatedTo(ChronoUnit.SECONDS));
  }
}
