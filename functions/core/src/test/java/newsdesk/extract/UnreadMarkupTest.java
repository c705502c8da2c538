package newsdesk.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import newsdesk.testing.RandomInputs;
import newsdesk.testing.RandomInputs.Sample;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.junit.jupiter.api.Test;

/**
 * The page jsoup parses without the unread parts is the page parsed whole with those parts emptied:
 * every comment's text, and the data of every script but JSON-LD and of every style. Checked against
 * jsoup itself on every corpus page and on seeded random pages built from the tokenizer's hard cases.
 */
class UnreadMarkupTest {

  private static final String BASE = "https://example.com/a";

  /** The document with what extraction never reads emptied, written out exactly (no pretty printing). */
  private static String readable(Document doc) {
    List<Node> data = new ArrayList<>();
    doc.traverse((node, depth) -> {
      if (node instanceof Comment c) {
        c.setData("");
      } else if (node instanceof DataNode && node.parent() instanceof Element e
          && (e.nameIs("style") || e.nameIs("script") && !e.is("script[type~=(?i)application/ld\\+json]"))) {
        data.add(node);
      }
    });
    data.forEach(Node::remove);
    doc.outputSettings().prettyPrint(false);
    return doc.outerHtml();
  }

  private static Document parse(byte[] bytes) throws IOException {
    return Jsoup.parse(new ByteArrayInputStream(bytes), "UTF-8", BASE);
  }

  private static String filtered(String html) {
    byte[] bytes = html.getBytes(StandardCharsets.UTF_8);
    byte[] kept = UnreadMarkup.without(bytes, 0);
    return kept == null ? html : new String(kept, StandardCharsets.UTF_8);
  }

  private static void assertReadsAsWhole(String html, Object description) throws IOException {
    byte[] bytes = html.getBytes(StandardCharsets.UTF_8);
    byte[] kept = UnreadMarkup.without(bytes, 0);
    assertThat(readable(parse(kept == null ? bytes : kept))).as(description.toString()).isEqualTo(readable(parse(bytes)));
  }

  @Test
  void scriptAndStyleBodiesAndCommentTextGoJsonLdStays() {
    assertThat(filtered("<head><script>var a = '<p>';</script><style>p { color: red }</style></head><!-- note --><p>x</p>"))
        .isEqualTo("<head><script></script><style></style></head><!----><p>x</p>");
    // A self-closed svg or math icon opens no foreign content: what follows is filtered as HTML.
    assertThat(filtered("<svg/><math/><p>x</p><script>var a = '<b>';</script>")).isEqualTo("<svg/><math/><p>x</p><script></script>");
    for (String type : List.of("application/ld+json", "application/ld+json; charset=utf-8", "APPLICATION/LD+JSON",
        " application/ld+json ", "application/ld&#43;json")) {
      String page = "<script type=\"" + type + "\">{\"@type\":\"NewsArticle\"}</script>";
      assertThat(filtered(page)).as(type).isEqualTo(page);
    }
    for (String type : List.of("", " type=\"text/javascript\"", " type=module", " TYPE='application/json'",
        " type=\"application/ld\"")) {
      assertThat(filtered("<SCRIPT" + type + ">{\"a\":1}</SCRIPT>")).as(type).isEqualTo("<SCRIPT" + type + "></SCRIPT>");
    }
  }

  @Test
  void theStreamReadsByteByByteAsInBlocks() throws IOException {
    byte[] page = "<p>a<!-- b --><script>c</script><style>d</style>e".getBytes(StandardCharsets.UTF_8);
    java.io.InputStream read = UnreadMarkup.readable(page, 0);
    assertThat(read.available()).isEqualTo(UnreadMarkup.without(page, 0).length);
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    for (int c = read.read(); c >= 0; c = read.read()) {
      bytes.write(c);
    }
    assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo("<p>a<!----><script></script><style></style>e");
    assertThat(read.available()).isZero();
    assertThat(UnreadMarkup.readable("<p>nothing to leave out</p>".getBytes(StandardCharsets.UTF_8), 0)).isNull();
  }

  @Test
  void theTokenizersHardCases() throws IOException {
    List<String> cases = List.of(
        // Script data ends at "</script" followed by whitespace, '/' or '>' only, in any case.
        "<script>a</scripts>b</script >c</p>", "<script>a</SCRIPT\n>b", "<script>a</script/>b", "<script>a</script",
        // Escaped and double-escaped script data.
        "<script><!--a</script>b", "<script><!--<script>a</script>b</script>c-->d</script>e",
        "<script><!-->a</script>b", "<script><!--->a</script>b", "<script>a<!-b</script>c",
        "<script><!--<script>x-->y</script>z", "<script><!--<scriptx>a</script>b",
        // Unterminated at the end of the page.
        "<p>a<script>var x", "<p>a<style>p{}", "<p>a<!-- open", "<p>a<!--", "<p>a<!-", "<p><script", "<p a='>",
        // Comments' abrupt and odd ends.
        "<!-->a<!--->b<!---->c<!----!>d<!---!>e-->f", "<!--a--->b<!--a-- >c-->d", "<p>a<!--b--!>c",
        // Attributes hold '>' and markup in quotes; names may hold quotes and '<'.
        "<div title=\"a>b<!--c\">d</div><!--e-->", "<div a='<script>'>b</div>", "<div a=b<script>c</script>",
        "<div<script>a</script>", "<div \"a=b'>c<!--d-->", "</p title=\"<!--\">a-->b", "</3 <!--a-->b-->c",
        // Text read raw or as RCDATA is not markup.
        "<title><script>a</script><!--b--></title><p>c", "<textarea><style>a</style></textarea>",
        "<xmp><!--a--></xmp><iframe><script>b</script></iframe><noembed><!--c--></noembed><noframes><style>d</style></noframes>",
        "<title>a</titlex><!--b--></title>", "<TEXTAREA><!--a--></TEXTAREA ><!--b-->",
        // Foreign content: svg's style is an element with children, its title plain text or HTML.
        "<svg><style>a<b>c</b></style><script>d</script></svg><style>e</style>",
        "<svg><title>Share</title><path d='M0'/></svg><script>a</script>",
        "<svg><title><style>a</style></title></svg><script>b</script>",
        "<svg><foreignObject><div></svg><style>a</style></foreignObject><style>b</style>",
        "<math><mi><style>a</style></mi></math><style>b</style>", "<svg><![CDATA[<script>a]]></svg><script>b</script>",
        "<p><![CDATA[<script>a]]>b</script>", "<svg/><style>a</style>", "<svg><svg></svg><style>a</style></svg><style>b</style>",
        "<svg><style>.a{fill:none}</style><desc>Share</desc><title>t</title></svg><style>b</style><!--c-->",
        "<svg><p><style>a</style></svg><style>b</style>", "<svg><p><style>b<!--c--></style><!--d-->",
        "<svg><desc>a</descx>b</desc></svg><style>c</style>", "<svg><title/><style>a</style><style>b</style>",
        "<math><mi>N</mi><annotation-xml>x</annotation-xml></math><style>a</style>", "<svg><![endif]><style>a</style>",
        "<p><![endif]--><script>a</script>", "<![if !IE]><style>a</style><![endif]>", "<p><![CDATA[x]]><!--a-->",
        "<noscript><style/>a<!--b--></noscript><script>c</script>", "<p><script type=text/javascript/>a<!--b-->",
        // The tree builder ignores scripts in a frameset; plaintext ends markup.
        "<frameset><script>a<!--b--></script><!--c-->", "<plaintext><script>a</script><!--b-->",
        "<select><style>a<!--b</style>--><script>c</script>", "<template><script>a</script><style>b</style></template>",
        "<noscript><script>a</script><!--b--><style>c</style></noscript>", "<table> <!--a-->b<script>c</script></table>",
        "<?xml a=\">\"?><!--b--><p>c", "<!DOCTYPE html \"<!--\"><p>a-->b", "<![if x]><script>a</script>");
    for (String page : cases) {
      assertReadsAsWhole(page, page);
      assertReadsAsWhole("<!DOCTYPE html><html><head></head><body>" + page, page);
    }
  }

  @Test
  void randomPagesReadAsWhole() throws IOException {
    RandomInputs random = RandomInputs.seeded(0x756e7265L);
    for (Sample<String> sample : random.samples(20_000, UnreadMarkupTest::page)) {
      assertReadsAsWhole(sample.value(), sample);
    }
  }

  /** Every corpus page as extraction parses it, against the page parsed whole. */
  @Test
  void everyCorpusPageReadsAsWhole() throws IOException {
    List<Path> pages = SharedFolder.corpusPages();
    assertThat(pages).hasSizeGreaterThan(1_000);
    for (Path path : pages) {
      DecodedPage page;
      try {
        page = PageDecoder.decode(new RawPage(Files.readAllBytes(path), null, null, "t", null));
      } catch (PageRejected r) {
        continue;
      }
      if (!page.html()) {
        continue;
      }
      assertThat(readable(page.documentForExtraction(BASE))).as(path.toString()).isEqualTo(readable(page.document(BASE)));
    }
  }

  private static final String[] TAGS = {"script", "SCRIPT", "style", "Style", "title", "textarea", "xmp", "iframe",
      "noembed", "noframes", "svg", "math", "mi", "desc", "foreignObject", "p", "div", "table", "select", "template",
      "noscript", "frameset", "plaintext", "b", "scripts", "styl"};
  private static final String[] ATTRIBUTES = {"", " type=\"application/ld+json\"", " type='text/javascript'",
      " type=APPLICATION/LD+JSON", " type=\"application/ld&#43;json\"", " a=\">\"", " a='<!--'", " a=<b", " \"a\"=b",
      " a", " /", "/", " a = 'x' b=\"</script>\"", " <c", " =d"};
  private static final String[] TEXT = {"a", " ", "\n", "-", "--", "->", "!", "<", ">", "/", "'", "\"", "&amp;", "é",
      "<!", "<!-", "<!--", "-->", "--!>", "<!-->", "<!--->", "</", "</>", "<?x>", "<![CDATA[", "]]>", "<!DOCTYPE html>",
      "<!x>", "=", "</3>", "\r\n", "\t"};

  /** A page made of tags of the raw-text and foreign elements, attributes with quotes, and the tokenizer's punctuation. */
  private static String page(RandomInputs r) {
    StringBuilder page = new StringBuilder();
    int parts = r.intBetween(0, 40);
    for (int i = 0; i < parts; i++) {
      String tag = r.oneOf(TAGS);
      switch (r.intBetween(0, 5)) {
        case 0, 1 -> page.append('<').append(tag).append(r.oneOf(ATTRIBUTES)).append(r.chance(0.9) ? ">" : "");
        case 2 -> page.append("</").append(tag).append(r.oneOf("", " ", "/", "x", "\n")).append(r.chance(0.9) ? ">" : "");
        default -> page.append(r.oneOf(TEXT));
      }
    }
    return page.toString();
  }
}
