package newsdesk.feed.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.Temporal;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FeedDatesTest {

  private static OffsetDateTime at(String iso) {
    return OffsetDateTime.parse(iso);
  }

  private static Temporal parsed(String text) {
    Optional<Temporal> value = FeedDates.parse(text);
    assertThat(value).as(text).isPresent();
    return value.get();
  }

  @Test
  void rfc1123() {
    assertThat(parsed("Sun, 06 Jul 2014 12:56:00 GMT")).isEqualTo(at("2014-07-06T12:56:00Z"));
  }

  @Test
  void twoDigitYearPivotsToThisCenturyNeverYearEight() {
    assertThat(parsed("Tue, 01 Jan 08 10:00:00 GMT")).isEqualTo(at("2008-01-01T10:00:00Z"));
    assertThat(parsed("Fri, 01 Jan 99 10:00:00 GMT")).isEqualTo(at("1999-01-01T10:00:00Z"));
    assertThat(parsed("01 Jan 49 10:00 GMT")).isEqualTo(at("2049-01-01T10:00:00Z"));
  }

  @Test
  void usZoneNames() {
    assertThat(parsed("Mon, 02 Jan 2006 15:04:05 EST")).isEqualTo(at("2006-01-02T15:04:05-05:00"));
    assertThat(parsed("Mon, 02 Jan 2006 15:04:05 EDT")).isEqualTo(at("2006-01-02T15:04:05-04:00"));
    assertThat(parsed("Mon, 02 Jan 2006 15:04:05 CST")).isEqualTo(at("2006-01-02T15:04:05-06:00"));
    assertThat(parsed("Mon, 02 Jan 2006 15:04:05 CDT")).isEqualTo(at("2006-01-02T15:04:05-05:00"));
    assertThat(parsed("Mon, 02 Jan 2006 15:04:05 MST")).isEqualTo(at("2006-01-02T15:04:05-07:00"));
    assertThat(parsed("Mon, 02 Jan 2006 15:04:05 MDT")).isEqualTo(at("2006-01-02T15:04:05-06:00"));
    assertThat(parsed("Mon, 02 Jan 2006 15:04:05 PST")).isEqualTo(at("2006-01-02T15:04:05-08:00"));
    assertThat(parsed("Mon, 02 Jan 2006 15:04:05 PDT")).isEqualTo(at("2006-01-02T15:04:05-07:00"));
  }

  @Test
  void universalZoneNames() {
    for (String zone : new String[] {"UT", "GMT", "Z", "UTC", "utc"}) {
      assertThat(parsed("02 Jan 2006 15:04:05 " + zone)).as(zone).isEqualTo(at("2006-01-02T15:04:05Z"));
    }
  }

  @Test
  void militaryLetters() {
    assertThat(parsed("02 Jan 2006 15:04:05 A")).isEqualTo(at("2006-01-02T15:04:05+01:00"));
    assertThat(parsed("02 Jan 2006 15:04:05 M")).isEqualTo(at("2006-01-02T15:04:05+12:00"));
    assertThat(parsed("02 Jan 2006 15:04:05 N")).isEqualTo(at("2006-01-02T15:04:05-01:00"));
    assertThat(parsed("02 Jan 2006 15:04:05 Y")).isEqualTo(at("2006-01-02T15:04:05-12:00"));
    assertThat(FeedDates.parse("02 Jan 2006 15:04:05 J")).isEmpty();
  }

  @Test
  void numericOffsetsWithAndWithoutColon() {
    assertThat(parsed("Mon, 02 Jan 2006 15:04:05 -0700")).isEqualTo(at("2006-01-02T15:04:05-07:00"));
    assertThat(parsed("Mon, 02 Jan 2006 15:04:05 +05:30")).isEqualTo(at("2006-01-02T15:04:05+05:30"));
    assertThat(parsed("2006-01-02T15:04:05+0530")).isEqualTo(at("2006-01-02T15:04:05+05:30"));
    assertThat(parsed("2006-01-02T15:04:05-07")).isEqualTo(at("2006-01-02T15:04:05-07:00"));
  }

  @Test
  void numericOffsetWithARedundantName() {
    assertThat(parsed("Sun, 06 Jul 2014 12:56:00 +0000 GMT")).isEqualTo(at("2014-07-06T12:56:00Z"));
    assertThat(parsed("2006-01-02 15:04:05 -0700 MST")).isEqualTo(at("2006-01-02T15:04:05-07:00"));
    assertThat(parsed("Mon, 02 Jan 2006 15:04:05 +0100 (CET)")).isEqualTo(at("2006-01-02T15:04:05+01:00"));
  }

  @Test
  void ianaZoneNames() {
    assertThat(parsed("02 Jan 2006 15:04:05 Europe/Berlin")).isEqualTo(at("2006-01-02T15:04:05+01:00"));
    assertThat(parsed("02 Jul 2006 15:04:05 Europe/Berlin")).isEqualTo(at("2006-07-02T15:04:05+02:00"));
    assertThat(parsed("2 Jan 2006 15:04 America/Argentina/Buenos_Aires")).isEqualTo(at("2006-01-02T15:04-03:00"));
  }

  @Test
  void javascriptToString() {
    assertThat(parsed("Mon Jan 02 2006 15:04:05 GMT+0000 (Coordinated Universal Time)"))
        .isEqualTo(at("2006-01-02T15:04:05Z"));
    assertThat(parsed("Tue Mar 05 2024 09:00:00 GMT-0800 (Pacific Standard Time)"))
        .isEqualTo(at("2024-03-05T09:00:00-08:00"));
  }

  @Test
  void wrongWeekdayIsIgnored() {
    // 6 July 2014 was a Sunday.
    assertThat(parsed("Wed, 06 Jul 2014 12:56:00 GMT")).isEqualTo(at("2014-07-06T12:56:00Z"));
    assertThat(parsed("Thursday, 06 Jul 2014 12:56:00 GMT")).isEqualTo(at("2014-07-06T12:56:00Z"));
  }

  @Test
  void missingCommaAndPadding() {
    assertThat(parsed("Sun 6 Jul 2014 2:56:00 GMT")).isEqualTo(at("2014-07-06T02:56:00Z"));
    assertThat(parsed("6 July 2014 12:56 +0000")).isEqualTo(at("2014-07-06T12:56:00Z"));
    assertThat(parsed("  Sun,   06  Jul 2014 12:56:00   GMT \r\n")).isEqualTo(at("2014-07-06T12:56:00Z"));
    assertThat(parsed("Jul 6, 2014 12:56:00 PDT")).isEqualTo(at("2014-07-06T12:56:00-07:00"));
  }

  @Test
  void localizedMonthsAndWeekdays() {
    assertThat(parsed("Mi, 03 Okt 2018 13:47:00 +0200")).isEqualTo(at("2018-10-03T13:47:00+02:00"));
    assertThat(parsed("Di, 4. Dez 2018 08:00:00 GMT")).isEqualTo(at("2018-12-04T08:00:00Z"));
    assertThat(parsed("mer., 11 juil. 2018 10:00:00 +0200")).isEqualTo(at("2018-07-11T10:00:00+02:00"));
    assertThat(parsed("lun., 4 juin 2018 10:00:00 +0200")).isEqualTo(at("2018-06-04T10:00:00+02:00"));
    assertThat(parsed("2 févr. 2018 10:00 +0100")).isEqualTo(at("2018-02-02T10:00:00+01:00"));
    assertThat(parsed("Sáb, 05 Ene 2019 09:30:00 -0300")).isEqualTo(at("2019-01-05T09:30:00-03:00"));
  }

  @Test
  void dateOnly() {
    assertThat(parsed("2014-07-06")).isEqualTo(LocalDate.of(2014, 7, 6));
    assertThat(parsed("06 Jul 2014")).isEqualTo(LocalDate.of(2014, 7, 6));
    assertThat(parsed("July 6th, 2014")).isEqualTo(LocalDate.of(2014, 7, 6));
    assertThat(FeedDates.read("2014-07-06").orElseThrow().iso()).isEqualTo("2014-07-06T00:00Z");
  }

  @Test
  void isoVariants() {
    assertThat(parsed("2014-07-06T12:56:00Z")).isEqualTo(at("2014-07-06T12:56:00Z"));
    assertThat(parsed("2014-07-06T12:56Z")).isEqualTo(at("2014-07-06T12:56:00Z"));
    assertThat(parsed("2014-07-06T12:56:00.123456789+02:00")).isEqualTo(at("2014-07-06T12:56:00.123456789+02:00"));
    assertThat(parsed("2019-10-12T07:20:50.52Z")).isEqualTo(at("2019-10-12T07:20:50.52Z"));
    assertThat(parsed("2014-07-06 12:56:00+02:00")).isEqualTo(at("2014-07-06T12:56:00+02:00"));
    assertThat(parsed("20140706T125600Z")).isEqualTo(at("2014-07-06T12:56:00Z"));
  }

  @Test
  void isoWithoutZoneIsUtcWithAWarning() {
    FeedDates.FeedDate date = FeedDates.read("2014-07-06T12:56:00").orElseThrow();
    assertThat(date.value()).isEqualTo(at("2014-07-06T12:56:00Z"));
    assertThat(date.warning()).isEqualTo(FeedDates.ZONE_ASSUMED);
    assertThat(FeedDates.read("2014-07-06T12:56:00Z").orElseThrow().warning()).isNull();
  }

  @Test
  void unixSecondsAndMillis() {
    assertThat(parsed("1404651360")).isEqualTo(at("2014-07-06T12:56:00Z"));
    assertThat(parsed("1404651360123")).isEqualTo(at("2014-07-06T12:56:00.123Z"));
  }

  @Test
  void asctime() {
    assertThat(parsed("Sun Jul  6 12:56:00 2014")).isEqualTo(at("2014-07-06T12:56:00Z"));
    assertThat(parsed("Sun Jul 6 12:56:00 PST 2014")).isEqualTo(at("2014-07-06T12:56:00-08:00"));
  }

  @Test
  void unparseableIsEmptyNeverThrows() {
    for (String bad :
        new String[] {
          null, "", "   ", "yesterday", "31 Feb 2014 10:00 GMT", "2014-13-01", "06 Jul 2014 25:00 GMT",
          "06 Jul 2014 12:00 Mars/Olympus", "06 Foo 2014", "x".repeat(10_000), "2014-07-06T12:00+99:00", "12345"
        }) {
      assertThat(FeedDates.parse(bad)).as(String.valueOf(bad)).isEmpty();
    }
  }
}
