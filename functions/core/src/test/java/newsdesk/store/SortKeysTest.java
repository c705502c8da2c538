package newsdesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import newsdesk.testing.RandomInputs;
import org.junit.jupiter.api.Test;

class SortKeysTest {

  private static final Instant AT = Instant.parse("2022-02-01T10:00:00Z");

  @Test
  void articleKeyIsFixedWidthUtcThenId() {
    assertThat(SortKeys.article(ArticleFixtures.published("x", "2022-01-27"), AT))
        .isEqualTo("2022-01-27T00:00:00.000Z#x");
    assertThat(SortKeys.article(ArticleFixtures.published("x", "2022-01-27T09:30:00+01:00"), AT))
        .isEqualTo("2022-01-27T08:30:00.000Z#x");
    assertThat(SortKeys.article(ArticleFixtures.published("x", "2022-01-27T09:30:15.123456Z"), AT))
        .isEqualTo("2022-01-27T09:30:15.123Z#x");
    assertThat(SortKeys.article(ArticleFixtures.published("x", "2022-01-27T09:30"), AT))
        .isEqualTo("2022-01-27T09:30:00.000Z#x");
    assertThat(SortKeys.article(ArticleFixtures.published("x", null), AT)).isEqualTo("2022-02-01T10:00:00.000Z#x");
  }

  @Test
  void outOfRangeYearsAreClampedToKeepTheWidth() {
    assertThat(SortKeys.instant(Instant.parse("+12022-01-01T00:00:00Z"))).isEqualTo("9999-12-31T23:59:59.999Z");
    assertThat(SortKeys.instant(Instant.parse("-0001-01-01T00:00:00Z"))).isEqualTo("0000-01-01T00:00:00.000Z");
  }

  @Test
  void articleIdComesBackOutOfTheKeyEvenWithHashes() {
    assertThat(SortKeys.articleId("2022-01-27T00:00:00.000Z#a#b")).isEqualTo("a#b");
    assertThatThrownBy(() -> SortKeys.articleId("2022-01-27#a")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> SortKeys.articleId("2022-13-27T00:00:00.000Z#a"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> SortKeys.articleId("2022-01-27T00:00:00.000Z#")).isInstanceOf(IllegalArgumentException.class);
  }

  /** The formatter instant() replaced, and the parse that parse() now only falls back to: the reference. */
  private static final DateTimeFormatter FIXED =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

  @Test
  void instantsAreWrittenAsTheFormatterWroteThem() {
    Instant min = Instant.parse("0000-01-01T00:00:00Z");
    Instant max = Instant.parse("9999-12-31T23:59:59.999Z");
    RandomInputs random = RandomInputs.seeded(20261129L);
    for (RandomInputs.Sample<Instant> sample : random.samples(20_000,
        List.of(min, max, Instant.EPOCH, Instant.parse("2022-01-27T09:30:15.123999999Z"), min.minusNanos(1),
            max.plusNanos(1), Instant.MIN, Instant.MAX, Instant.parse("1969-12-31T23:59:59.999999999Z")),
        r -> Instant.ofEpochSecond(r.longBetween(min.getEpochSecond() - 1_000_000, max.getEpochSecond() + 1_000_000),
            r.intBetween(0, 999_999_999)))) {
      Instant value = sample.value();
      Instant clamped = value.isBefore(min) ? min : value.isAfter(max) ? max : value;
      assertThat(SortKeys.instant(value)).as(sample.toString()).isEqualTo(FIXED.format(clamped));
    }
  }

  @Test
  void timesAreReadAsTheParserReadThem() {
    RandomInputs random = RandomInputs.seeded(20261130L);
    for (RandomInputs.Sample<String> sample : random.samples(20_000,
        List.of("2022-01-27", "2022-02-30", "0000-01-01", "2022-13-01", "2022-01-27T09:30:00+01:00",
            "2022-01-27T09:30:15.123456Z", "2022-01-27T09:30", "2022-01-27T09:30:00", "2022-01-27t09:30:00z",
            "2022-01-27T24:00:00Z", "2022-01-27T23:59:60Z", "2022-01-27T09:30:00.Z", "2022-01-27T09:30:00-00:00",
            "2022-01-27T09:30:00+18:00", "2022-01-27T09:30:00+18:01", "2022-01-27T09:30:00+01:60",
            "2022-01-27T09:30:00.1234567890Z", "  2022-01-27  ", "", "２０２２-01-27"),
        r -> {
          StringBuilder v = new StringBuilder();
          v.append(r.string("0123456789", 4, 4)).append(r.oneOf("-", "-", "/"))
              .append(r.oneOf("01", "02", "12", "13", "00", "1")).append('-').append(r.oneOf("01", "28", "29", "30", "31", "32"));
          if (r.chance(0.8)) {
            v.append(r.oneOf("T", "T", "T", "t", " ")).append(r.oneOf("00", "09", "23", "24"))
                .append(':').append(r.oneOf("00", "30", "59", "60"));
            if (r.chance(0.8)) {
              v.append(':').append(r.oneOf("00", "15", "59", "60"));
            }
            if (r.chance(0.4)) {
              v.append('.').append(r.string("0123456789", 0, 11));
            }
            v.append(r.oneOf("Z", "Z", "z", "", "+01:00", "-05:30", "+18:00", "-18:01", "+24:00", "+01:60", "+0100",
                "+01:00:30", "-00:00"));
          }
          return v.toString();
        })) {
      assertThat(SortKeys.parse(sample.value())).as(sample.toString()).isEqualTo(referenceParse(sample.value()));
    }
  }

  /** SortKeys.parse before round 9: the JDK's ISO parsers alone. */
  private static Optional<Instant> referenceParse(String value) {
    if (value == null || value.isBlank()) {
      return Optional.empty();
    }
    String v = value.trim();
    try {
      if (v.length() == 10) {
        return Optional.of(LocalDate.parse(v).atStartOfDay(ZoneOffset.UTC).toInstant());
      }
      return Optional.of(OffsetDateTime.parse(v).toInstant());
    } catch (DateTimeParseException e) {
      try {
        return Optional.of(LocalDateTime.parse(v).toInstant(ZoneOffset.UTC));
      } catch (DateTimeParseException notLocal) {
        return Optional.empty();
      }
    }
  }
}
