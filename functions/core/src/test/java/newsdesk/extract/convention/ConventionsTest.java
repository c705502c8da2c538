package newsdesk.extract.convention;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import newsdesk.article.Credits;
import org.junit.jupiter.api.Test;

/** The newsroom conventions one by one, on the variants each must recognise. */
class ConventionsTest {

  @Test
  void datesNormalizeToTheContractForm() {
    assertThat(PublicationDate.normalize("2022-01-27")).isEqualTo("2022-01-27");
    assertThat(PublicationDate.normalize("2022-01-27T10:15:00Z")).isEqualTo("2022-01-27T10:15Z");
    assertThat(PublicationDate.normalize("2022-01-27T10:15:30+0100")).isEqualTo("2022-01-27T10:15:30+01:00");
    assertThat(PublicationDate.normalize("2022-01-27 10:15:00")).isEqualTo("2022-01-27T10:15");
    assertThat(PublicationDate.normalize("Thu, 27 Jan 2022 10:15:00 GMT")).isEqualTo("2022-01-27T10:15Z");
    assertThat(PublicationDate.normalize("January 27, 2022")).isEqualTo("2022-01-27");
    assertThat(PublicationDate.normalize("2022-13-45")).isNull();
    assertThat(PublicationDate.normalize("yesterday")).isNull();
    // A two-digit year glued to the time after it ("28.09.19" "12:44" in two spans) is no year 1912.
    assertThat(PublicationDate.datesIn("28.09.1912:44")).isEmpty();
    assertThat(PublicationDate.datesIn("am 28.09.2019 um 12:44")).containsExactly(java.time.LocalDate.of(2019, 9, 28));
    assertThat(PublicationDate.datesIn("28.09.2019, 12:44")).containsExactly(java.time.LocalDate.of(2019, 9, 28));
  }

  @Test
  void dayFirstDatesWithAMonthNamedInOtherLanguages() {
    LocalDate june13 = LocalDate.of(2019, 6, 13);
    for (String line : List.of("jeudi 13 juin 2019", "13 de junio de 2019", "13 giugno 2019", "13 de junho de 2019",
        "13 juni 2019", "13. kesäkuuta 2019", "13 czerwca 2019", "13. června 2019", "13 июня 2019", "13 червня 2019",
        "13 Haziran 2019", "13\u00a0juin\u00a02019", "Publié le 13 juin 2019 à 10h")) {
      assertThat(PublicationDate.datesIn(line)).as(line).containsExactly(june13);
    }
    assertThat(PublicationDate.datesIn("1er mars 2020")).containsExactly(LocalDate.of(2020, 3, 1));
    assertThat(PublicationDate.datesIn("15 августа 2016, 13:43")).containsExactly(LocalDate.of(2016, 8, 15));
    assertThat(PublicationDate.datesIn("3 févr. 2021")).containsExactly(LocalDate.of(2021, 2, 3));
    assertThat(PublicationDate.datesIn("9 dic. 2020")).containsExactly(LocalDate.of(2020, 12, 9));
    // Capitalised names that open like English ones, with "de", "er" or no-break spaces the English
    // pattern does not take, and the Scandinavian names spelt like English ones in lower case.
    for (String line : List.of("13 de Junio de 2019", "13 de Junho de 2019", "13\u00a0June\u00a02019", "13 juni 2019")) {
      assertThat(PublicationDate.datesIn(line)).as(line).containsExactly(june13);
    }
    assertThat(PublicationDate.datesIn("5 de Mayo de 2020")).containsExactly(LocalDate.of(2020, 5, 5));
    assertThat(PublicationDate.datesIn("1er Mars 2020")).containsExactly(LocalDate.of(2020, 3, 1));
    assertThat(PublicationDate.datesIn("15 september 2019")).containsExactly(LocalDate.of(2019, 9, 15));
    assertThat(PublicationDate.datesIn("15. august 2019")).containsExactly(LocalDate.of(2019, 8, 15));
    // English and German names are read once, by their own pattern.
    assertThat(PublicationDate.datesIn("13 June 2019")).containsExactly(june13);
    assertThat(PublicationDate.datesIn("13. Mai 2019")).containsExactly(LocalDate.of(2019, 5, 13));
    assertThat(PublicationDate.datesIn("13 Mars 2019")).containsExactly(LocalDate.of(2019, 3, 13));
    // A word that names no month, and a day no month has, are no date.
    assertThat(PublicationDate.datesIn("13 years 2019")).isEmpty();
    assertThat(PublicationDate.datesIn("31 juin 2019")).isEmpty();
    assertThat(PublicationDate.datesIn("13 juin 2019:10")).isEmpty();
  }

  @Test
  void aLineThatIsADottedDateWithATwoDigitYear() {
    assertThat(PublicationDate.shortDottedLine("28.09.19")).isEqualTo(LocalDate.of(2019, 9, 28));
    assertThat(PublicationDate.shortDottedLine(" 2.11.22 ")).isEqualTo(LocalDate.of(2022, 11, 2));
    assertThat(PublicationDate.shortDottedLine("Kultur, 2.11.22")).isEqualTo(LocalDate.of(2022, 11, 2));
    assertThat(PublicationDate.shortDottedLine("23.09.22 um 10:15 Uhr")).isEqualTo(LocalDate.of(2022, 9, 23));
    assertThat(PublicationDate.shortDottedLine("31.10.23 •")).isEqualTo(LocalDate.of(2023, 10, 31));
    assertThat(PublicationDate.shortDottedLine("12.05.98")).isEqualTo(LocalDate.of(1998, 5, 12));
    // Prose, a version, a day no month has, a four-digit year (datesIn's) are not this line.
    assertThat(PublicationDate.shortDottedLine("Seit dem 28.09.19 gilt die neue Regel")).isNull();
    assertThat(PublicationDate.shortDottedLine("Version 1.2.19")).isNull();
    assertThat(PublicationDate.shortDottedLine("31.02.19")).isNull();
    assertThat(PublicationDate.shortDottedLine("28.09.2019")).isNull();
    assertThat(PublicationDate.shortDottedLine("1.2.3.4")).isNull();
  }

  @Test
  void timestampLines() {
    assertThat(PublicationDate.isTimestamp("Updated Tue, March 14, 2023, 9:12 AM")).isTrue();
    assertThat(PublicationDate.isTimestamp("Thu 3 Jan 2019 02.00 EST Last modified on Wed 16 Jan 2019 06.16 EST")).isTrue();
    assertThat(PublicationDate.isTimestamp("12 March 2024 • 3 min read")).isTrue();
    assertThat(PublicationDate.isTimestamp("2023-05-02")).isTrue();
    assertThat(PublicationDate.isTimestamp("Drills were held on January 27, 2022.")).isFalse();
    assertThat(PublicationDate.isTimestamp("Business")).isFalse();
  }

  @Test
  void slashDatesAreReadInTheOrderThePagesLanguageWrites() {
    PublicationDate.SlashOrder order = PublicationDate.SlashOrder.of("pt-BR");
    assertThat(order).isEqualTo(PublicationDate.SlashOrder.DAY_FIRST);
    assertThat(PublicationDate.slashDate("Brasília 03/05/2022 21:44", order)).isEqualTo(LocalDate.of(2022, 5, 3));
    assertThat(PublicationDate.SlashOrder.of("en_GB")).isEqualTo(PublicationDate.SlashOrder.DAY_FIRST);
    assertThat(PublicationDate.SlashOrder.of("en-US")).isEqualTo(PublicationDate.SlashOrder.MONTH_FIRST);
    assertThat(PublicationDate.slashDate("05/03/2022", PublicationDate.SlashOrder.MONTH_FIRST)).isEqualTo(LocalDate.of(2022, 5, 3));
    // Unsure ("en" alone, no language): only a number above 12 settles it.
    assertThat(PublicationDate.SlashOrder.of("en")).isEqualTo(PublicationDate.SlashOrder.UNSURE);
    assertThat(PublicationDate.SlashOrder.of(null)).isEqualTo(PublicationDate.SlashOrder.UNSURE);
    // A language's name, a three-letter code, a list, a script before the region.
    assertThat(PublicationDate.SlashOrder.of("English")).isEqualTo(PublicationDate.SlashOrder.UNSURE);
    assertThat(PublicationDate.SlashOrder.of("Deutsch")).isEqualTo(PublicationDate.SlashOrder.UNSURE);
    assertThat(PublicationDate.SlashOrder.of("eng")).isEqualTo(PublicationDate.SlashOrder.UNSURE);
    assertThat(PublicationDate.SlashOrder.of("en-US,en")).isEqualTo(PublicationDate.SlashOrder.MONTH_FIRST);
    assertThat(PublicationDate.SlashOrder.of("en-Latn-US")).isEqualTo(PublicationDate.SlashOrder.MONTH_FIRST);
    assertThat(PublicationDate.slashDate("26/10/2018", PublicationDate.SlashOrder.UNSURE)).isEqualTo(LocalDate.of(2018, 10, 26));
    assertThat(PublicationDate.slashDate("10/26/2018", PublicationDate.SlashOrder.UNSURE)).isEqualTo(LocalDate.of(2018, 10, 26));
    assertThat(PublicationDate.slashDate("03/05/2022", PublicationDate.SlashOrder.UNSURE)).isNull();
    // A number no order makes a date, a path, a fraction, a two-digit year: none.
    assertThat(PublicationDate.slashDate("26/10/2018", PublicationDate.SlashOrder.MONTH_FIRST)).isEqualTo(LocalDate.of(2018, 10, 26));
    assertThat(PublicationDate.slashDate("31/31/2018", order)).isNull();
    assertThat(PublicationDate.slashDate("/2018/10/26/", order)).isNull();
    assertThat(PublicationDate.slashDate("1/2", order)).isNull();
    assertThat(PublicationDate.slashDate("03/05/22", order)).isNull();
  }

  @Test
  void aUtcTimestampIsToldInTheDayThePagePrints() {
    LocalDate may3 = LocalDate.of(2022, 5, 3);
    // The printed time gives the offset: the same instant in the page's own zone.
    assertThat(PublicationDate.inPrintedDay("2022-05-04T00:25:56Z", may3, "3 de mayo de 2022 21:25"))
        .isEqualTo("2022-05-03T21:25:56-03:00");
    assertThat(PublicationDate.inPrintedDay("2022-05-04T03:37Z", may3, "3 May, 2022, 11:37 pm")).isEqualTo("2022-05-03T23:37-04:00");
    assertThat(PublicationDate.inPrintedDay("2022-05-04T05:30Z", may3, "May 3, 2022 at 11:30 p.m.")).isEqualTo("2022-05-03T23:30-06:00");
    assertThat(PublicationDate.inPrintedDay("2022-05-02T22:40Z", may3, "03.05.2022, 04:10 Uhr")).isEqualTo("2022-05-03T04:10+05:30");
    // Without a time only the day is known.
    assertThat(PublicationDate.inPrintedDay("2022-05-02T23:00Z", may3, "3. Mai 2022")).isEqualTo("2022-05-03");
    // Its own day, an offset of its own, a day or a time no zone reaches: the timestamp stands.
    assertThat(PublicationDate.inPrintedDay("2022-05-03T23:00Z", may3, "3. Mai 2022")).isEqualTo("2022-05-03T23:00Z");
    assertThat(PublicationDate.inPrintedDay("2022-05-04T00:25+01:00", may3, "3. Mai 2022")).isEqualTo("2022-05-04T00:25+01:00");
    assertThat(PublicationDate.inPrintedDay("2022-05-05T10:00Z", may3, "3. Mai 2022")).isEqualTo("2022-05-05T10:00Z");
    assertThat(PublicationDate.inPrintedDay("2022-05-04T13:00Z", may3, "3. Mai 2022")).isEqualTo("2022-05-04T13:00Z");
    // Without a time, a printed day more than six hours' offset away is another event's.
    assertThat(PublicationDate.inPrintedDay("2022-05-04T09:45Z", may3, "3. Mai 2022")).isEqualTo("2022-05-04T09:45Z");
    assertThat(PublicationDate.inPrintedDay("2022-05-02T17:30Z", may3, "3. Mai 2022")).isEqualTo("2022-05-02T17:30Z");
    assertThat(PublicationDate.inPrintedDay("2022-05-04T05:30Z", may3, "3. Mai 2022")).isEqualTo("2022-05-03");
    assertThat(PublicationDate.inPrintedDay("2022-05-04T00:25Z", may3, "3. Mai 2022, 21:07")).isEqualTo("2022-05-04T00:25Z");
    assertThat(PublicationDate.inPrintedDay("2022-05-04", may3, "3. Mai 2022")).isEqualTo("2022-05-04");
  }

  @Test
  void aDeclaredInstantKeepsTheOffsetAnotherSourceWritesItWith() {
    assertThat(PublicationDate.withWrittenOffset("2019-10-18T22:04Z",
        java.util.Arrays.asList(null, "2019-10-18T22:04:00Z", "Sat, 19 Oct 2019 00:04:00 +0200")))
        .isEqualTo("2019-10-19T00:04+02:00");
    // Another instant, or a local time without offset, says nothing of this one's zone.
    assertThat(PublicationDate.withWrittenOffset("2019-10-18T22:04Z", List.of("2019-10-19T00:05:00+02:00", "2019-10-19T00:04")))
        .isEqualTo("2019-10-18T22:04Z");
    // A value that is no instant does not hide the next source's.
    assertThat(PublicationDate.withWrittenOffset("2019-10-18T22:04Z",
        List.of("2019-02-30T00:04:00+02:00", "2019-10-19T00:04:00+02:00"))).isEqualTo("2019-10-19T00:04+02:00");
  }

  @Test
  void weekdayInLeadResolvesAgainstCaptionDates() {
    List<String> captions = List.of("Tanks drive in Rostov, Russia January 26, 2022.", "Drills, January 27, 2022.");
    assertThat(PublicationDate.infer("Russia said on Thursday it was clear", captions, List.of()))
        .isEqualTo(LocalDate.of(2022, 1, 27));
    assertThat(PublicationDate.infer("Russia said on Wednesday it was clear", captions, List.of()))
        .isEqualTo(LocalDate.of(2022, 1, 26));
    assertThat(PublicationDate.infer("Russia said it was clear", captions, List.of())).isEqualTo(LocalDate.of(2022, 1, 27));
    assertThat(PublicationDate.infer("On Monday", List.of(), List.of("since March 1, 2021"))).isEqualTo(LocalDate.of(2021, 3, 1));
    assertThat(PublicationDate.infer("On Friday", List.of(), List.of())).isNull();
  }

  @Test
  void datelines() {
    Dateline reuters = Dateline.parse("KYIV, Jan 27 (Reuters) - Russia said on Thursday");
    assertThat(reuters.place()).isEqualTo("KYIV");
    assertThat(reuters.agency()).isEqualTo("Reuters");
    assertThat(reuters.monthDay()).isEqualTo("Jan 27");
    assertThat(reuters.rest()).isEqualTo("Russia said on Thursday");
    Dateline ap = Dateline.parse("OSLO, Norway (AP) — Norway switched on");
    assertThat(ap.place()).isEqualTo("OSLO, Norway");
    assertThat(ap.agency()).isEqualTo("Associated Press");
    assertThat(Dateline.parse("WASHINGTON — The Senate voted").place()).isEqualTo("WASHINGTON");
    assertThat(Dateline.parse("NEW YORK, March 3 (Reuters) - Stocks rose").place()).isEqualTo("NEW YORK");
    assertThat(Dateline.parse("The Senate voted - narrowly - on Tuesday.")).isNull();
  }

  @Test
  void captionCredits() {
    assertThat(CaptionCredit.split("Tanks drive in Rostov. REUTERS/Sergey Pivovarov"))
        .isEqualTo(new CaptionCredit("Tanks drive in Rostov.", "REUTERS/Sergey Pivovarov"));
    assertThat(CaptionCredit.split("Workers at the harbour. (AP Photo/Lena Brandt)").credit()).isEqualTo("AP Photo/Lena Brandt");
    assertThat(CaptionCredit.split("Runners pass. (Photo by Julien Moreau / AFP)").credit()).isEqualTo("Julien Moreau / AFP");
    assertThat(CaptionCredit.split("Children play. Photograph: Maria Santos/AP").credit()).isEqualTo("Maria Santos/AP");
    assertThat(CaptionCredit.split("A runner is treated. Alexandre Petit/AFP via Getty Images").credit())
        .isEqualTo("Alexandre Petit/AFP via Getty Images");
    assertThat(CaptionCredit.split("The council said the AP/NORC poll was wrong.")).isNull();
    assertThat(CaptionCredit.split("Russia said on Thursday it was clear the United States was not willing.")).isNull();
  }

  @Test
  void closingCredits() {
    Credits wire = ClosingCredits.parse("(Reporting by Olena Kravets in Kyiv and Ahmet Demir in Istanbul; Editing by Clara Hughes)");
    assertThat(wire.contributors()).containsExactly("Olena Kravets", "Ahmet Demir");
    assertThat(wire.editing()).containsExactly("Clara Hughes");
    Credits seed = ClosingCredits.parse("(Additional reporting by Reuters bureaus, Writing by Rami Ayyub and Mark Trevelyan,"
        + " Editing by Nick Macfie)");
    assertThat(seed.additionalReporting()).containsExactly("Reuters bureaus");
    assertThat(seed.writing()).containsExactly("Rami Ayyub", "Mark Trevelyan");
    assertThat(ClosingCredits.parse("Associated Press writers Tom Reyes in Stockholm and Ana Ruiz contributed to this report.")
        .contributors()).containsExactly("Tom Reyes", "Ana Ruiz");
    assertThat(ClosingCredits.parse("(The council declined to comment.)")).isNull();
    assertThat(ClosingCredits.parse("The mayor said the report was wrong.")).isNull();
  }

  @Test
  void bylines() {
    assertThat(Byline.parse("By JANE MARLOW and PETER O'NEILL").authors()).containsExactly("Jane Marlow", "Peter O'Neill");
    Byline agency = Byline.parse("By Sofia Brennan, Reuters");
    assertThat(agency.authors()).containsExactly("Sofia Brennan");
    assertThat(agency.agency()).isEqualTo("Reuters");
    assertThat(Byline.parse("Dmitry Antonov, Tom Balmforth and Simon Lewis").authors())
        .containsExactly("Dmitry Antonov", "Tom Balmforth", "Simon Lewis");
    assertThat(Byline.parse("Jane Doe in Kyiv").authors()).containsExactly("Jane Doe");
    assertThat(Byline.parse("FRAGILE DIPLOMACY")).isNull();
    assertThat(Byline.parse("Russia, U.S. keep door open to Ukraine diplomacy")).isNull();
    assertThat(Byline.parse("The Daily Ledger")).isNull();
    assertThat(Byline.parse("By MARA LINDQVIST March 11, 2015 3:46 PM").authors()).containsExactly("Mara Lindqvist");
    // A day after a preposition: "le 7 mai", "am 24. Juli", "on 3 March".
    assertThat(Byline.parse("Par Ana Ruiz le 07 mai 2020").authors()).containsExactly("Ana Ruiz");
    assertThat(Byline.parse("Von Jonas Weber am 24. Juli 2017 - 18:55").authors()).containsExactly("Jonas Weber");
    assertThat(Byline.parse("By Mara Lindqvist on 3 March 2021").authors()).containsExactly("Mara Lindqvist");
    // A colon after "By", a social handle after the name, a day with its full stop before the month's name.
    assertThat(Byline.parse("By : Jonas Weber").authors()).containsExactly("Jonas Weber");
    assertThat(Byline.parse("Por Ana Ruiz @anaruiz - mayo 11, 2022").authors()).containsExactly("Ana Ruiz");
    assertThat(Byline.parse("Jonas Weber, 21. Jan. 2015").authors()).containsExactly("Jonas Weber");
    // An e-mail address is not cut at its @ as a handle would be; ordinals and month-first days after "on".
    Byline mailed = Byline.parse("By Mara Lindqvist mara.lindqvist@valley.example");
    assertThat(mailed == null ? List.<String>of() : mailed.authors()).noneMatch(a -> a.contains("."));
    assertThat(Byline.parse("By Mara Lindqvist on 1st March 2023").authors()).containsExactly("Mara Lindqvist");
    assertThat(Byline.parse("By Mara Lindqvist on March 1, 2023").authors()).containsExactly("Mara Lindqvist");
    assertThat(Byline.parse("Von Jonas Weber 18. Mai 2014").authors()).containsExactly("Jonas Weber");
    assertThat(Byline.parse("By Jonas Weber Alle Artikel").authors()).containsExactly("Jonas Weber");
    // Another credit printed after the writers' names (source, photos, illustration) names nobody who wrote.
    assertThat(Byline.parse("Von Jonas Weber Quelle: Valley Radio").authors()).containsExactly("Jonas Weber");
    assertThat(Byline.parse("By Mara Lindqvist, Ana Ruiz Photos: Tom Hale").authors())
        .containsExactly("Mara Lindqvist", "Ana Ruiz");
    assertThat(Byline.parse("Von Jonas Weber Illustration von Tom Hale").authors()).containsExactly("Jonas Weber");
    // The team after a dash.
    assertThat(Byline.parse("By Mara Lindqvist and Ana C Ruiz - Valley Safe Travel team").authors())
        .containsExactly("Mara Lindqvist", "Ana C Ruiz");
  }

  @Test
  void bylineLeadInsAndLabelsAreNotNames() {
    assertThat(Byline.withoutLeadIn("Posted on 3 March 2023 by Mara Lindqvist")).isEqualTo("Mara Lindqvist");
    assertThat(Byline.withoutLeadIn("Alle Artikel von Jonas Weber")).isEqualTo("Jonas Weber");
    assertThat(Byline.withoutLeadIn("Veröffentlicht von Jonas Weber")).isEqualTo("Jonas Weber");
    assertThat(Byline.withoutLeadIn("Author Mara Lindqvist")).isEqualTo("Mara Lindqvist");
    assertThat(Byline.withoutLeadIn("Autorin: Mara Lindqvist")).isEqualTo("Mara Lindqvist");
    assertThat(Byline.withoutLeadIn("Interview: Mara Lindqvist")).isEqualTo("Mara Lindqvist");
    assertThat(Byline.withoutLeadIn("Text & Fotos: Mara Lindqvist")).isEqualTo("Mara Lindqvist");
    assertThat(Byline.withoutLeadIn("Text und Bilder: Mara Lindqvist")).isEqualTo("Mara Lindqvist");
    assertThat(Byline.withoutLeadIn("Text von Mara Lindqvist")).isEqualTo("Mara Lindqvist");
    assertThat(Byline.withoutLeadIn("Eine Kolumne von Mara Lindqvist")).isEqualTo("Mara Lindqvist");
    assertThat(Byline.withoutLeadIn("A column by Mara Lindqvist")).isEqualTo("Mara Lindqvist");
    // A name that merely contains a lead-in word stays whole.
    assertThat(Byline.withoutLeadIn("Ursula von Lindqvist")).isEqualTo("Ursula von Lindqvist");
    assertThat(Byline.withoutLeadIn("Redaktion")).isEqualTo("Redaktion");
  }

  @Test
  void aJobTitleBeforeTheNameAndABrandsStaffAfterItAreNoPartOfIt() {
    assertThat(PersonNames.split("Rechtsanwalt Jonas Weber", false)).containsExactly("Jonas Weber");
    assertThat(PersonNames.split("Valley-Radio-Expertin Mara Lindqvist", false)).containsExactly("Mara Lindqvist");
    assertThat(PersonNames.split("Mara Lindqvist ValleyPost Staff", false)).containsExactly("Mara Lindqvist");
    // A surname that is such a word stays; a title before one word is left as it is (two words are a name).
    assertThat(PersonNames.split("Jörg Staff", false)).containsExactly("Jörg Staff");
    assertThat(PersonNames.split("Rechtsanwalt Weber", false)).containsExactly("Rechtsanwalt Weber");
    assertThat(PersonNames.split("Reporterin Mara Lindqvist", false)).containsExactly("Mara Lindqvist");
    // An advertisement's label in a forum's author line.
    assertThat(PersonNames.split("Gesponserte Inhalte", false)).isEmpty();
    assertThat(PersonNames.declared("Sponsored Content")).isEmpty();
  }

  @Test
  void initialsAndSuffixesKeepTheirFullStop() {
    assertThat(PersonNames.split("Perry Okafor Jr., Ana Ruiz C. and Tom Hale.", false))
        .containsExactly("Perry Okafor Jr.", "Ana Ruiz C.", "Tom Hale");
  }

  @Test
  void parenthesesInABylineNameCoAuthorsOrAreDropped() {
    assertThat(Byline.parse("By Mara Lindqvist (avec Jonas Weber et Ana Ruiz)").authors())
        .containsExactly("Mara Lindqvist", "Jonas Weber", "Ana Ruiz");
    assertThat(Byline.parse("By Mara Lindqvist (http://valley.example/mara/)").authors()).containsExactly("Mara Lindqvist");
    assertThat(Byline.parse("By Mara Lindqvist (Press Officer)").authors()).containsExactly("Mara Lindqvist");
  }

  @Test
  void aSingleCapitalisedNameIsASignatureButALoginIsNot() {
    assertThat(PersonNames.isSignature("Mara")).isTrue();
    assertThat(PersonNames.isSignature("Wanderfalke")).isTrue();
    assertThat(PersonNames.isSignature("mara")).isFalse();
    assertThat(PersonNames.isSignature("mara_77")).isFalse();
    assertThat(PersonNames.isSignature("VCN")).isFalse();
    assertThat(PersonNames.isSignature("Admin")).isFalse();
    assertThat(PersonNames.isSignature("Author")).isFalse();
    assertThat(PersonNames.isSignature("Reuters")).isFalse();
  }

  @Test
  void aLoginIsAHandleButAnAdministratorAccountOrBareDigitsAreNot() {
    assertThat(PersonNames.handle("gnaddrig")).isEqualTo("gnaddrig");
    assertThat(PersonNames.handle("von freeman1984")).isEqualTo("freeman1984");
    assertThat(PersonNames.handle("Herr_Rein")).isEqualTo("Herr_Rein");
    assertThat(PersonNames.handle("wordpressadmin")).isNull();
    assertThat(PersonNames.handle("1234")).isNull();
    assertThat(PersonNames.handle("Mara Lindqvist")).isNull();
    assertThat(PersonNames.handle("author")).isNull();
    assertThat(PersonNames.handle("staff")).isNull();
  }

  @Test
  void knownSources() {
    assertThat(KnownSources.publisher("The Associated Press")).isEqualTo("Associated Press");
    assertThat(KnownSources.aggregatorMentioned("Top stories on inkl right now")).isEqualTo("inkl");
    assertThat(KnownSources.aggregatorOfHost("www.msn.com")).isEqualTo("MSN");
    assertThat(KnownSources.aggregatorOfHost("uk.news.yahoo.com")).isEqualTo("Yahoo News");
    assertThat(KnownSources.aggregatorOfHost("reuters.com")).isNull();
  }

  @Test
  void canonicalUrls() {
    assertThat(CanonicalUrl.of("HTTPS://Example.COM:443/a/b?utm_source=x&id=3&fbclid=y#frag", null))
        .isEqualTo("https://example.com/a/b?id=3");
    assertThat(CanonicalUrl.of("/news/story", "https://example.com/index.html")).isEqualTo("https://example.com/news/story");
    assertThat(CanonicalUrl.of("javascript:alert(1)", null)).isNull();
    assertThat(CanonicalUrl.of("not a url", null)).isNull();
  }

  @Test
  void wordsCountLettersAndIdeographs() {
    assertThat(Words.count("Russia said — on Thursday")).isEqualTo(4);
    assertThat(Words.count("新竹尖石 美樹")).isEqualTo(6);
    assertThat(Words.countUpTo("one two three four", 2)).isEqualTo(3);
    assertThat(Words.count("  ")).isZero();
  }

  /**
   * The ASCII shortcut counts as Character's whitespace and letter tests do, on every character below
   * 0x100 and on seeded lines mixing them with non-ASCII words, spaces and ideographs.
   */
  @Test
  void wordsCountAsCharactersTablesTell() {
    StringBuilder all = new StringBuilder();
    for (char c = 0; c < 0x100; c++) {
      all.append(c).append(' ').append('a').append(c).append('.').append(c).append(c).append('\u2003');
      assertThat(Words.count(String.valueOf(c))).as("U+%04X", (int) c).isEqualTo(plainCount(String.valueOf(c)));
      assertThat(Words.count("a" + c + "b")).as("a U+%04X b", (int) c).isEqualTo(plainCount("a" + c + "b"));
    }
    assertThat(Words.count(all.toString())).isEqualTo(plainCount(all.toString()));
    java.util.List<String> pieces = java.util.List.of(" ", "\t", "\n", "\u001c", "\u001f", "\u00a0", "\u2003", "\u3000", "a", "Z",
        "0", "9", "—", "-", ".", "é", "ß", "新", "カ", "_", "@", "`", "{", "[", "\u0085", "x1");
    newsdesk.testing.RandomInputs random = newsdesk.testing.RandomInputs.seeded(0x776f7264L);
    for (var sample : random.samples(20_000, r -> String.join("", r.listOf(0, 30, () -> r.oneOf(pieces))))) {
      String line = sample.value();
      for (int cap : new int[] {0, 1, 3, 8, Integer.MAX_VALUE - 1}) {
        int plain = plainCount(line);
        assertThat(Words.countUpTo(line, cap)).as(sample + " cap " + cap).isEqualTo(Math.min(plain, cap + 1));
      }
    }
  }

  /** The words of {@code s} by the class's rule, with Character's own tests for every character. */
  private static int plainCount(String s) {
    int count = 0;
    boolean inWord = false;
    boolean counted = false;
    for (char c : s.toCharArray()) {
      if (Character.isWhitespace(c) || c == '\u00A0') {
        inWord = false;
      } else if (c >= 0x3040 && c <= 0x30FF || c >= 0x3400 && c <= 0x4DBF || c >= 0x4E00 && c <= 0x9FFF || c >= 0xF900 && c <= 0xFAFF) {
        inWord = false;
        count++;
      } else {
        counted = inWord && counted;
        inWord = true;
        if (!counted && Character.isLetterOrDigit(c)) {
          counted = true;
          count++;
        }
      }
    }
    return count;
  }

  @Test
  void languageGuess() {
    assertThat(LanguageGuess.guess("The council said that it was ready to act on the report and the plan.")).isEqualTo("en");
    assertThat(LanguageGuess.guess("Le conseil a dit que la ville est prête pour les travaux dans le centre.")).isEqualTo("fr");
    assertThat(LanguageGuess.guess("12345")).isNull();
    assertThat(LanguageGuess.declared("en_GB")).isEqualTo("en");
  }
}
