package newsdesk.extract.text;

import static newsdesk.extract.Fixtures.article;
import static newsdesk.extract.Fixtures.texts;
import static org.assertj.core.api.Assertions.assertThat;

import newsdesk.article.Article;
import newsdesk.article.Block;
import newsdesk.article.Caption;
import org.junit.jupiter.api.Test;

/** One invented page dump per newsroom convention the text engine must recognise. */
class TextConventionsTest {

  @Test
  void apStoryOnYahooWithDatelineNoiseSubheadAndContributorLine() {
    Article a = article("text/ap-yahoo.txt");
    assertThat(a.title()).isEqualTo("Norway opens its first floating wind farm to power offshore oil platforms");
    assertThat(a.host()).isEqualTo("Yahoo News");
    assertThat(a.publisher()).isEqualTo("Associated Press");
    assertThat(a.section()).isEqualTo("World");
    assertThat(a.authors()).containsExactly("Jane Marlow", "Peter Okafor");
    assertThat(a.published()).isEqualTo("2023-03-14");
    assertThat(a.dateline()).isEqualTo("OSLO, Norway");
    assertThat(a.captions()).extracting(Caption::credit).containsExactly("AP Photo/Lena Brandt");
    assertThat(a.captions().get(0).text()).endsWith("on March 13, 2023.");
    assertThat(texts(a, Block.HEADING)).containsExactly("What comes next");
    assertThat(texts(a, Block.PARAGRAPH)).hasSize(6)
        .first().asString().startsWith("Norway switched on a floating wind farm");
    assertThat(a.text()).doesNotContain("Advertisement", "Story continues", "contributed to this report", "Privacy");
    assertThat(a.credits().contributors()).containsExactly("Tom Reyes");
    assertThat(a.truncated()).isFalse();
  }

  @Test
  void reutersDatelineGivesPlaceAndDayAndCreditsSplitByRole() {
    Article a = article("text/reuters-dateline.txt");
    assertThat(a.publisher()).isEqualTo("Reuters");
    assertThat(a.host()).isNull();
    assertThat(a.title()).isEqualTo("Grain ships leave port as corridor talks resume");
    assertThat(a.dateline()).isEqualTo("KYIV");
    assertThat(a.published()).isEqualTo("2023-08-04");
    assertThat(a.captions()).extracting(Caption::credit).containsExactly("REUTERS/Marta Lindqvist/File Photo");
    assertThat(texts(a, Block.PARAGRAPH)).hasSize(3).first().asString().startsWith("Three ships loaded with grain");
    assertThat(a.credits().contributors()).containsExactly("Olena Kravets", "Ahmet Demir");
    assertThat(a.credits().editing()).containsExactly("Clara Hughes");
    assertThat(a.text()).doesNotContain("Trust Principles");
  }

  @Test
  void guardianPhotographCreditsDateLineAndStandfirst() {
    Article a = article("text/guardian-photograph.txt");
    assertThat(a.publisher()).isEqualTo("The Guardian");
    assertThat(a.section()).isEqualTo("Environment");
    assertThat(a.published()).isEqualTo("2022-01-27");
    assertThat(a.title()).isEqualTo("City parks cooled neighbourhoods by up to four degrees during heatwave, study finds");
    assertThat(a.subtitle()).startsWith("Researchers say trees");
    assertThat(a.authors()).containsExactly("Ravi Chandran");
    assertThat(a.captions()).extracting(Caption::credit).containsExactly("Maria Santos/AP", "Getty Images");
    assertThat(a.captions().get(1).text()).isEqualTo("A shopper shelters from the sun under an umbrella.");
    assertThat(a.body()).extracting(Block::type).containsExactly(Block.FIGURE, Block.PARAGRAPH, Block.PARAGRAPH,
        Block.FIGURE, Block.PARAGRAPH, Block.PARAGRAPH);
    assertThat(a.body().get(3).credit()).isEqualTo("Getty Images");
    assertThat(texts(a, Block.PARAGRAPH)).hasSize(4);
    assertThat(a.text()).doesNotContain("Explore more", "Reuse");
  }

  @Test
  void paywallTeaserAfterShortBodyMeansTruncated() {
    Article a = article("text/paywall-teaser.txt");
    assertThat(a.title()).isEqualTo("Regional bank agrees takeover by larger rival in all-share deal");
    assertThat(a.section()).isEqualTo("Business");
    assertThat(a.authors()).containsExactly("Hannah Ortiz");
    assertThat(texts(a, Block.PARAGRAPH)).hasSize(2);
    assertThat(a.truncated()).isTrue();
    assertThat(a.text()).doesNotContain("Subscribe");
  }

  @Test
  void afpOnMsnWithPhotoByAndGettyCredits() {
    Article a = article("text/afp-msn.txt");
    assertThat(a.host()).isEqualTo("MSN");
    assertThat(a.publisher()).isEqualTo("AFP");
    assertThat(a.section()).isEqualTo("Sport");
    assertThat(a.captions()).extracting(Caption::credit)
        .containsExactly("Julien Moreau / AFP", "Alexandre Petit/AFP via Getty Images");
    assertThat(texts(a, Block.PARAGRAPH)).hasSize(4);
    assertThat(a.text()).doesNotContain("Continue reading", "©");
    assertThat(a.truncated()).isFalse();
  }

  @Test
  void hardWrappedParagraphsAreJoined() {
    Article a = article("text/hard-wrapped.txt");
    assertThat(a.publisher()).isEqualTo("Bloomberg");
    assertThat(a.authors()).containsExactly("Maya Lindgren", "Omar Haddad");
    assertThat(a.published()).isEqualTo("2023-05-02");
    assertThat(texts(a, Block.PARAGRAPH)).hasSize(3)
        .first().asString().startsWith("Copper rose").endsWith("grid and car makers.");
  }

  @Test
  void aggregatorChromeBylineWithAgencyReadingTimeAndInlineReadMore() {
    Article a = article("text/newsbreak-byline-agency.txt");
    assertThat(a.host()).isEqualTo("NewsBreak");
    assertThat(a.publisher()).isEqualTo("Reuters");
    assertThat(a.title()).isEqualTo("Lake ferry service to resume after winter pause, operator says");
    assertThat(a.authors()).containsExactly("Sofia Brennan");
    assertThat(a.published()).isEqualTo("2024-03-12");
    assertThat(a.dateline()).isEqualTo("GENEVA");
    assertThat(texts(a, Block.HEADING)).containsExactly("Older boats get a refit");
    assertThat(texts(a, Block.PARAGRAPH)).hasSize(3).first().asString().startsWith("Passenger ferries on the lake");
    assertThat(a.text()).doesNotContain("Read more", "Alpine rail", "NewsBreak app");
    assertThat(a.credits().contributors()).containsExactly("Sofia Brennan");
    assertThat(a.credits().editing()).containsExactly("Mark Pettit", "Lucy Ward");
    assertThat(a.truncated()).isFalse();
  }

  @Test
  void promoFarBelowAShortCompleteStoryIsNotAPaywall() {
    Article a = article("text/short-complete-with-footer-promo.txt");
    assertThat(a.host()).isEqualTo("Apple News");
    assertThat(a.title()).isEqualTo("Harbour festival draws record crowds despite rain");
    assertThat(a.section()).isEqualTo("Local");
    assertThat(texts(a, Block.PARAGRAPH)).hasSize(2);
    assertThat(a.text()).doesNotContain("Council approves", "Sign up");
    assertThat(a.truncated()).isFalse();
  }
}
