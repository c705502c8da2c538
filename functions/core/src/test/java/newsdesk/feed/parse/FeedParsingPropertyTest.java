package newsdesk.feed.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import newsdesk.testing.RandomInputs;
import newsdesk.testing.RandomInputs.Sample;
import org.junit.jupiter.api.Test;

/**
 * Properties of the two parsers that read untrusted text: they never throw unexpectedly, and dates round-trip. Each
 * test checks its property over a fixed number of tries from a fixed seed (reproducible); edge cases come first.
 */
class FeedParsingPropertyTest {

  /** Tries for the cheap properties. */
  private static final int TRIES = 1000;

  private static final String FEED =
      "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>T &amp; U</title><link>https://e.com/</link>"
          + "<item><title>A</title><link>/a</link><pubDate>Tue, 02 Jan 2024 10:00:00 GMT</pubDate>"
          + "<description><![CDATA[<p>x</p>]]></description></item></channel></rss>";

  private static final String DATE_CHARS = "0123456789 ,:-+.TZJanFebMarGMTESTPDTUTC()/";
  private static final String JUNK_CHARS = "<>&;/![]\"'=?x \u0000\uFFFE";

  private static final Instant FROM = Instant.parse("1950-01-01T00:00:00Z");
  private static final Instant TO = Instant.parse("2100-01-01T00:00:00Z");
  private static final int MIN_OFFSET_MINUTES = -12 * 60;
  private static final int MAX_OFFSET_MINUTES = 14 * 60;

  @Test
  void datesNeverThrow() {
    RandomInputs random = RandomInputs.seeded(0x46656431L);
    List<String> edgeCases = new ArrayList<>(random.edgeStrings(DATE_CHARS, 40));
    edgeCases.addAll(List.of("Tue, 02 Jan 2024 10:00:00 GMT", "2024-01-02T10:00:00Z", "Jan", "+", "-", ":", "T", "Z"));
    for (Sample<String> sample : random.samples(TRIES, edgeCases, r -> r.string(DATE_CHARS, 0, 40))) {
      assertThatCode(() -> assertThat(FeedDates.parse(sample.value())).as(sample::toString).isNotNull())
          .as(sample::toString).doesNotThrowAnyException();
    }
  }

  @Test
  void anyStringNeverThrows() {
    RandomInputs random = RandomInputs.seeded(0x46656432L);
    List<String> edgeCases = List.of("", "\u0000", " ", "\uD800", "\uFFFF", "\uD83D\uDCF0", "9".repeat(100_000),
        random.anyString(100_000));
    for (Sample<String> sample : random.samples(TRIES, edgeCases, r -> r.anyString(255))) {
      assertThatCode(() -> assertThat(FeedDates.parse(sample.value())).as(sample::toString).isNotNull())
          .as(sample::toString).doesNotThrowAnyException();
    }
  }

  /** An instant in the feeds' range, and the offset it was written in. */
  record Stamp(Instant instant, int offsetMinutes) {
    OffsetDateTime time() {
      return instant.atOffset(ZoneOffset.ofTotalSeconds(offsetMinutes * 60));
    }
  }

  private static final List<Stamp> STAMP_EDGES = List.of(new Stamp(FROM, 0), new Stamp(TO, 0),
      new Stamp(FROM, MAX_OFFSET_MINUTES), new Stamp(TO, MIN_OFFSET_MINUTES), new Stamp(FROM, MIN_OFFSET_MINUTES),
      new Stamp(TO, MAX_OFFSET_MINUTES), new Stamp(Instant.EPOCH, 0), new Stamp(Instant.parse("2000-02-29T23:59:59Z"), 330),
      new Stamp(Instant.parse("2024-12-31T23:30:00Z"), 45));

  private static Stamp stamp(RandomInputs r) {
    Instant instant = Instant.ofEpochSecond(r.longBetween(FROM.getEpochSecond(), TO.getEpochSecond()))
        .truncatedTo(ChronoUnit.SECONDS);
    return new Stamp(instant, r.intBetween(MIN_OFFSET_MINUTES, MAX_OFFSET_MINUTES));
  }

  @Test
  void rfc1123RoundTrips() {
    RandomInputs random = RandomInputs.seeded(0x46656433L);
    for (Sample<Stamp> sample : random.samples(TRIES, STAMP_EDGES, FeedParsingPropertyTest::stamp)) {
      String text = DateTimeFormatter.RFC_1123_DATE_TIME.format(sample.value().time());
      assertThat(FeedDates.parse(text)).as(() -> text + ", " + sample).hasValueSatisfying(t ->
          assertThat(((OffsetDateTime) t).toInstant()).as(() -> text + ", " + sample).isEqualTo(sample.value().instant()));
    }
  }

  @Test
  void isoRoundTrips() {
    RandomInputs random = RandomInputs.seeded(0x46656434L);
    for (Sample<Stamp> sample : random.samples(TRIES, STAMP_EDGES, FeedParsingPropertyTest::stamp)) {
      OffsetDateTime time = sample.value().time();
      assertThat(FeedDates.parse(time.toString())).as(() -> time + ", " + sample).hasValue(time);
    }
  }

  /** Every two-digit year: there are only a hundred, so all of them rather than random ones. */
  @Test
  void twoDigitYearsLandWithinFiftyYearsOf2000() {
    for (int yy = 0; yy <= 99; yy++) {
      String text = String.format("01 Mar %02d 10:00:00 GMT", yy);
      assertThat(FeedDates.parse(text)).as(text)
          .hasValueSatisfying(t -> assertThat(((OffsetDateTime) t).getYear()).as(text).isBetween(1950, 2049));
    }
  }

  /** Fewer tries than the default: each one is a full parse, and 300 already cover the shapes. */
  @Test
  void anyBytesAreAFeedOrNotAFeedNeverACrash() {
    RandomInputs random = RandomInputs.seeded(0x46656435L);
    List<byte[]> edgeCases = new ArrayList<>(random.edgeBytes(255));
    edgeCases.add(new byte[100_000]);
    edgeCases.add(random.bytesOfLength(100_000));
    edgeCases.add(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
    edgeCases.add(new byte[] {(byte) 0xFE, (byte) 0xFF, 0, '<'});
    edgeCases.add(FEED.getBytes(StandardCharsets.UTF_16));
    for (Sample<byte[]> sample : random.samples(300, edgeCases, r -> r.bytes(255))) {
      parseOrRefuse(sample.value(), sample);
    }
  }

  /** Where the feed is cut, and what is spliced in. */
  record Damage(int cut, String junk) {}

  @Test
  void truncatedOrCorruptedFeedsNeverCrash() {
    RandomInputs random = RandomInputs.seeded(0x46656436L);
    List<Damage> edgeCases = List.of(new Damage(0, ""), new Damage(400, ""), new Damage(FEED.length(), ""),
        new Damage(0, "\u0000"), new Damage(FEED.length() / 2, "<![CDATA["), new Damage(1, "\uFFFE".repeat(20)),
        new Damage(400, "<".repeat(20)));
    for (Sample<Damage> sample : random.samples(300, edgeCases,
        r -> new Damage(r.intBetween(0, 400), r.string(JUNK_CHARS, 0, 20)))) {
      int cut = Math.min(sample.value().cut(), FEED.length());
      String damaged = FEED.substring(0, cut) + sample.value().junk() + FEED.substring(cut / 2);
      parseOrRefuse(damaged.getBytes(StandardCharsets.UTF_8), sample);
    }
  }

  private static void parseOrRefuse(byte[] body, Sample<?> sample) {
    assertThatCode(() -> {
      try {
        ParsedFeed feed = FeedDocument.parse(body, null, "https://e.com/feed");
        assertThat(feed.items()).as(sample::toString).isNotNull();
      } catch (NotAFeedException expected) {
        assertThat(expected.getMessage()).as(sample::toString).isNotBlank();
      }
    }).as(sample::toString).doesNotThrowAnyException();
  }
}
