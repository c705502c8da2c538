package newsdesk.feed.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class FeedDocumentTest {

  private static ParsedFeed parse(String body, String url) throws NotAFeedException {
    return FeedDocument.parse(body.getBytes(StandardCharsets.UTF_8), null, url);
  }

  @Test
  void billionLaughsIsNotExpanded() throws Exception {
    StringBuilder dtd = new StringBuilder("<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY lol0 \"lol\">");
    for (int i = 1; i <= 9; i++) {
      String prev = "&lol" + (i - 1) + ";";
      dtd.append("<!ENTITY lol").append(i).append(" \"").append(prev.repeat(10)).append("\">");
    }
    dtd.append("]><rss version=\"2.0\"><channel><title>&lol9;</title><item><title>x &lol9;</title></item></channel></rss>");
    long start = System.nanoTime();
    ParsedFeed feed = parse(dtd.toString(), null);
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
    assertThat(feed.title()).isEqualTo("&lol9;");
    assertThat(feed.items()).singleElement().satisfies(i -> assertThat(i.title()).isEqualTo("x &lol9;"));
  }

  @Test
  void externalEntitiesAreNeverResolved() throws Exception {
    AtomicInteger requests = new AtomicInteger();
    HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", exchange -> {
      requests.incrementAndGet();
      byte[] secret = "SECRET-FROM-NETWORK".getBytes(StandardCharsets.UTF_8);
      exchange.sendResponseHeaders(200, secret.length);
      exchange.getResponseBody().write(secret);
      exchange.close();
    });
    server.start();
    try {
      String remote = "http://127.0.0.1:" + server.getAddress().getPort() + "/entity";
      String xml =
          "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY file SYSTEM \"file:///etc/passwd\">"
              + "<!ENTITY net SYSTEM \"" + remote + "\"><!ENTITY % dtd SYSTEM \"" + remote + "\"> %dtd;]>"
              + "<rss version=\"2.0\"><channel><title>a &file; b</title>"
              + "<item><title>&net;</title><description>&file;&net;</description></item></channel></rss>";
      ParsedFeed feed = parse(xml, null);
      assertThat(feed.title()).isEqualTo("a &file; b").doesNotContain("root:");
      assertThat(feed.items().get(0).title()).isEqualTo("&net;");
      assertThat(feed.items().get(0).summary()).doesNotContain("root:").doesNotContain("SECRET");
      assertThat(requests).hasValue(0);
    } finally {
      server.stop(0);
    }
  }

  @Test
  void rss2Item() throws Exception {
    ParsedFeed feed =
        parse(
            """
            <rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:content="http://purl.org/rss/1.0/modules/content/"
                 xmlns:atom="http://www.w3.org/2005/Atom" xmlns:media="http://search.yahoo.com/mrss/">
              <channel>
                <title>News &amp; Views</title>
                <link>https://example.com/</link>
                <atom:link rel="self" href="https://example.com/feed.xml"/>
                <atom:link rel="hub" href="https://hub.example.com/"/>
                <item>
                  <title><![CDATA[<b>Big</b> news]]></title>
                  <link>/news/1</link>
                  <guid isPermaLink="false">tag:example.com,2024:1</guid>
                  <pubDate>Tue, 02 Jan 24 10:00:00 EST</pubDate>
                  <author>editor@example.com (Jane Doe)</author>
                  <dc:creator>John Roe</dc:creator>
                  <category>World</category><category>World</category><category>Politics</category>
                  <description>&lt;p&gt;Summary&lt;/p&gt;</description>
                  <content:encoded><![CDATA[<p>Full <em>text</em></p>]]></content:encoded>
                  <media:thumbnail url="/img/1.jpg"/>
                  <enclosure url="https://cdn.example.com/a.mp3" length="1234" type="audio/mpeg"/>
                </item>
              </channel>
            </rss>
            """,
            "https://example.com/feed.xml");
    assertThat(feed.format()).isEqualTo(FeedFormat.RSS);
    assertThat(feed.title()).isEqualTo("News & Views");
    assertThat(feed.link()).isEqualTo("https://example.com/");
    assertThat(feed.selfUrl()).isEqualTo("https://example.com/feed.xml");
    assertThat(feed.hubUrl()).isEqualTo("https://hub.example.com/");
    FeedItem item = feed.items().get(0);
    assertThat(item.id()).isEqualTo("tag:example.com,2024:1");
    assertThat(item.link()).isEqualTo("https://example.com/news/1");
    assertThat(item.title()).isEqualTo("Big news");
    assertThat(item.published()).isEqualTo("2024-01-02T10:00-05:00");
    assertThat(item.authors()).containsExactly("Jane Doe", "John Roe");
    assertThat(item.categories()).containsExactly("World", "Politics");
    assertThat(item.summary()).isEqualTo("<p>Summary</p>");
    assertThat(item.content()).isEqualTo("<p>Full <em>text</em></p>");
    assertThat(item.imageUrl()).isEqualTo("https://example.com/img/1.jpg");
    assertThat(item.enclosure()).isEqualTo(new Enclosure("https://cdn.example.com/a.mp3", "audio/mpeg", 1234));
  }

  @Test
  void aSelfLinkInTheDefaultAtomNamespaceIsNotTheSiteLink() throws Exception {
    ParsedFeed feed = parse("<rss><channel><link xmlns=\"http://www.w3.org/2005/Atom\" rel=\"self\" href=\"https://e.com/rss\"/>"
        + "<link rel=\"self\" href=\"https://e.com/rss2\"/><link>https://e.com/</link></channel></rss>", null);
    assertThat(feed.link()).isEqualTo("https://e.com/");
    assertThat(feed.selfUrl()).isEqualTo("https://e.com/rss");
  }

  @Test
  void permalinkGuidIsTheLinkWhenThereIsNone() throws Exception {
    ParsedFeed feed = parse("<rss><channel><item><guid>https://example.com/p/1</guid></item></channel></rss>", null);
    assertThat(feed.items().get(0).link()).isEqualTo("https://example.com/p/1");
    assertThat(feed.items().get(0).key()).isEqualTo("https://example.com/p/1");
  }

  @Test
  void rss1Rdf() throws Exception {
    ParsedFeed feed =
        parse(
            """
            <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"
                     xmlns:dc="http://purl.org/dc/elements/1.1/">
              <channel rdf:about="https://example.org/rss"><title>RDF</title><link>https://example.org/</link></channel>
              <item rdf:about="https://example.org/1"><title>One</title><link>https://example.org/1</link>
                <dc:date>2017-06-15T10:29:47-07:00</dc:date><dc:subject>Science</dc:subject></item>
            </rdf:RDF>
            """,
            null);
    assertThat(feed.format()).isEqualTo(FeedFormat.RSS_1_0);
    assertThat(feed.title()).isEqualTo("RDF");
    FeedItem item = feed.items().get(0);
    assertThat(item.id()).isEqualTo("https://example.org/1");
    assertThat(item.published()).isEqualTo("2017-06-15T10:29:47-07:00");
    assertThat(item.categories()).containsExactly("Science");
  }

  @Test
  void atomWithXmlBaseAndInheritedAuthor() throws Exception {
    ParsedFeed feed =
        parse(
            """
            <feed xmlns="http://www.w3.org/2005/Atom" xml:base="https://example.net/blog/">
              <title type="html">&lt;i&gt;Blog&lt;/i&gt;</title>
              <link rel="alternate" type="text/html" href="./"/>
              <link rel="self" href="atom.xml"/>
              <author><name>Ann</name></author>
              <entry xml:base="posts/">
                <id>urn:uuid:1</id>
                <title type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">Hello <b>world</b></div></title>
                <link href="first.html"/>
                <link rel="enclosure" type="image/png" href="/i.png" length="10"/>
                <published>2024-03-01T08:00:00+01:00</published>
                <updated>2024-03-02T08:00:00Z</updated>
                <category term="tech" label="Technology"/>
                <summary type="text">1 &lt; 2</summary>
                <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>Body</p></div></content>
              </entry>
            </feed>
            """,
            "https://example.net/feed");
    assertThat(feed.format()).isEqualTo(FeedFormat.ATOM_1_0);
    assertThat(feed.title()).isEqualTo("Blog");
    assertThat(feed.link()).isEqualTo("https://example.net/blog/");
    assertThat(feed.selfUrl()).isEqualTo("https://example.net/blog/atom.xml");
    FeedItem entry = feed.items().get(0);
    assertThat(entry.link()).isEqualTo("https://example.net/blog/posts/first.html");
    assertThat(entry.title()).isEqualTo("Hello world");
    assertThat(entry.authors()).containsExactly("Ann");
    assertThat(entry.published()).isEqualTo("2024-03-01T08:00+01:00");
    assertThat(entry.updated()).isEqualTo("2024-03-02T08:00Z");
    assertThat(entry.categories()).containsExactly("Technology");
    assertThat(entry.summary()).isEqualTo("1 &lt; 2");
    assertThat(entry.content()).isEqualTo("<p>Body</p>");
    assertThat(entry.imageUrl()).isEqualTo("https://example.net/i.png");
  }

  @Test
  void atom03() throws Exception {
    ParsedFeed feed =
        parse(
            "<feed version=\"0.3\" xmlns=\"http://purl.org/atom/ns#\"><title mode=\"base64\">VGl0bGU=</title>"
                + "<entry><issued>2004-01-01T19:48:21Z</issued><modified>2004-01-02T19:48:21Z</modified></entry></feed>",
            null);
    assertThat(feed.format()).isEqualTo(FeedFormat.ATOM_0_3);
    assertThat(feed.title()).isEqualTo("Title");
    assertThat(feed.items().get(0).published()).isEqualTo("2004-01-01T19:48:21Z");
    assertThat(feed.items().get(0).updated()).isEqualTo("2004-01-02T19:48:21Z");
  }

  @Test
  void jsonFeed11() throws Exception {
    ParsedFeed feed =
        parse(
            """
            {"version": "https://jsonfeed.org/version/1.1", "title": "J", "home_page_url": "https://j.example/",
             "feed_url": "https://j.example/feed.json", "hubs": [{"type": "WebSub", "url": "https://hub.example/"}],
             "authors": [{"name": "Feed Author"}],
             "items": [{"id": 42, "url": "/p/42", "title": "T", "content_text": "a < b", "date_published": "2024-01-01T00:00:00Z",
                        "tags": ["x", "y"], "image": "/i.jpg",
                        "attachments": [{"url": "/a.mp3", "mime_type": "audio/mpeg", "size_in_bytes": 7}]},
                       "not an item"]}
            """,
            "https://j.example/feed.json");
    assertThat(feed.format()).isEqualTo(FeedFormat.JSON_FEED);
    assertThat(feed.hubUrl()).isEqualTo("https://hub.example/");
    assertThat(feed.items()).hasSize(1);
    FeedItem item = feed.items().get(0);
    assertThat(item.id()).isEqualTo("42");
    assertThat(item.link()).isEqualTo("https://j.example/p/42");
    assertThat(item.authors()).containsExactly("Feed Author");
    assertThat(item.content()).isEqualTo("a &lt; b");
    assertThat(item.categories()).containsExactly("x", "y");
    assertThat(item.imageUrl()).isEqualTo("https://j.example/i.jpg");
    assertThat(item.enclosure()).isEqualTo(new Enclosure("https://j.example/a.mp3", "audio/mpeg", 7));
  }

  @Test
  void wrongEncodingsAreRepaired() throws Exception {
    String xml = "<rss><channel><title>Caf\u00e9 \u201cquoted\u201d</title></channel></rss>";
    byte[] cp1252 = xml.getBytes(Charset.forName("windows-1252"));
    assertThat(FeedDocument.parse(cp1252, "text/xml; charset=utf-8", null).title()).isEqualTo("Café “quoted”");
    byte[] declaredLatin1 = ("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>" + xml).getBytes(Charset.forName("windows-1252"));
    assertThat(FeedDocument.parse(declaredLatin1, "application/rss+xml; charset=utf-8", null).title()).isEqualTo("Café “quoted”");
    byte[] utf8Bom = ("\uFEFF" + xml).getBytes(StandardCharsets.UTF_8);
    assertThat(FeedDocument.parse(utf8Bom, "text/xml; charset=iso-8859-1", null).title()).isEqualTo("Café “quoted”");
  }

  @Test
  void brokenXmlStillYieldsItems() throws Exception {
    ParsedFeed feed =
        parse("  \n<rss><channel><title>Fish & Chips\u0001</title><item><title>A &eacute; <b>bold</title></item>"
            + "<item><title>B</title></item></channel>", null);
    assertThat(feed.title()).isEqualTo("Fish & Chips");
    assertThat(feed.items()).extracting(FeedItem::title).containsExactly("A é bold", "B");
  }

  @Test
  void bareAmpersandsInQueryStringsStayAsWritten() throws Exception {
    ParsedFeed feed = parse("<rss><channel><title>Q&amp;A & more</title><item><link>https://e.com/?a=1&copy=2&reg=3&amp;b=4</link>"
        + "<description><![CDATA[<a href=\"/x?y=1&amp;z=2\">x</a> & <!-- & -->]]></description></item></channel></rss>", null);
    assertThat(feed.title()).isEqualTo("Q&A & more");
    assertThat(feed.items().get(0).link()).isEqualTo("https://e.com/?a=1&copy=2&reg=3&b=4");
    assertThat(feed.items().get(0).summary()).isEqualTo("<a href=\"/x?y=1&amp;z=2\">x</a> & <!-- & -->");
  }

  @Test
  void unreadableDatesAreWarningsNotFailures() throws Exception {
    ParsedFeed feed = parse("<rss><channel><item><pubDate>someday</pubDate></item>"
        + "<item><pubDate>2024-01-01T10:00:00</pubDate></item></channel></rss>", null);
    assertThat(feed.items().get(0).published()).isNull();
    assertThat(feed.items().get(1).published()).isEqualTo("2024-01-01T10:00Z");
    assertThat(feed.warnings()).hasSize(2).anySatisfy(w -> assertThat(w).contains("someday"));
  }

  @Test
  void nonFeedsAreRefusedWithAReason() {
    assertThatThrownBy(() -> parse("", null)).isInstanceOf(NotAFeedException.class).hasMessage("empty body");
    assertThatThrownBy(() -> parse("<!DOCTYPE html><html><head><title>Home</title>"
        + "<link rel=\"alternate\" type=\"application/rss+xml\" href=\"/rss\"></head><body><p>Hi</body></html>", "https://site.example/"))
        .isInstanceOf(NotAFeedException.class)
        .hasMessageContaining("HTML page")
        .hasMessageContaining("https://site.example/rss");
    assertThatThrownBy(() -> parse("{\"verion\": \"1.0\"}", null)).hasMessageContaining("not a JSON Feed");
    assertThatThrownBy(() -> parse("[1, 2]", null)).hasMessageContaining("not an object");
    assertThatThrownBy(() -> parse("{\"items\": ", null)).hasMessageContaining("invalid JSON");
    assertThatThrownBy(() -> parse("<note><to>Tove</to></note>", null)).hasMessageContaining("<note>");
    assertThatThrownBy(() -> parse("Hello, world", null)).hasMessageContaining("neither XML nor JSON");
  }

  @Test
  void oversizeBodiesAreRefusedUnread() {
    byte[] big = new byte[FeedDocument.MAX_FEED_BYTES + 1];
    assertThatThrownBy(() -> FeedDocument.parse(big, null, null)).isInstanceOf(NotAFeedException.class).hasMessageContaining("limit");
  }
}
