package newsdesk.feed.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The publisher's polling hints the poller schedules by: RSS ttl and the syndication module. */
class PollingHintsTest {

  private static ParsedFeed parse(String body) throws NotAFeedException {
    return FeedDocument.parse(body.getBytes(StandardCharsets.UTF_8), null, "https://example.com/feed");
  }

  @Test
  void rssTtlIsMinutes() throws Exception {
    ParsedFeed feed = parse("<rss><channel><title>T</title><ttl> 45 </ttl></channel></rss>");
    assertThat(feed.ttl()).isEqualTo(Duration.ofMinutes(45));
    assertThat(feed.updateInterval()).isNull();
  }

  @Test
  void unreadableTtlIsIgnoredWithAWarning() throws Exception {
    ParsedFeed feed = parse("<rss><channel><title>T</title><ttl>soon</ttl></channel></rss>");
    assertThat(feed.ttl()).isNull();
    assertThat(feed.warnings()).anySatisfy(w -> assertThat(w).contains("ttl"));
  }

  @Test
  void syndicationPeriodDividedByFrequency() throws Exception {
    ParsedFeed feed = parse("""
        <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"
            xmlns:sy="http://purl.org/rss/1.0/modules/syndication/">
          <channel rdf:about="https://example.com/"><title>T</title>
            <sy:updatePeriod>hourly</sy:updatePeriod><sy:updateFrequency>4</sy:updateFrequency>
          </channel>
        </rdf:RDF>""");
    assertThat(feed.updateInterval()).isEqualTo(Duration.ofMinutes(15));
  }

  @Test
  void frequencyAloneIsPerDayAndAtomCarriesItToo() throws Exception {
    ParsedFeed feed = parse("""
        <feed xmlns="http://www.w3.org/2005/Atom" xmlns:sy="http://purl.org/rss/1.0/modules/syndication/">
          <title>T</title><sy:updateFrequency>2</sy:updateFrequency>
        </feed>""");
    assertThat(feed.updateInterval()).isEqualTo(Duration.ofHours(12));
    assertThat(feed.ttl()).isNull();
  }

  @Test
  void unknownPeriodIsIgnored() throws Exception {
    ParsedFeed feed = parse("""
        <rss xmlns:sy="http://purl.org/rss/1.0/modules/syndication/"><channel><title>T</title>
          <sy:updatePeriod>fortnightly</sy:updatePeriod></channel></rss>""");
    assertThat(feed.updateInterval()).isNull();
    assertThat(feed.warnings()).anySatisfy(w -> assertThat(w).contains("syndication"));
  }

  @Test
  void jsonFeedHasNoHints() throws Exception {
    ParsedFeed feed = parse("{\"version\":\"https://jsonfeed.org/version/1.1\",\"title\":\"T\",\"items\":[]}");
    assertThat(feed.ttl()).isNull();
    assertThat(feed.updateInterval()).isNull();
  }
}
