package newsdesk.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPOutputStream;
import newsdesk.article.Article;
import org.junit.jupiter.api.Test;

/** Bytes in every shape uploads arrive in: gzip, BOMs, declared and undeclared legacy charsets. */
class DecodingTest {

  private static final String STORY = "<html><head><title>Café owners protest new rules</title></head><body><article>"
      + "<h1>Café owners protest new rules</h1>"
      + "<p>Café owners gathered outside the town hall on Monday to protest rules that would limit how many tables they may put on the pavement, saying the change would cost them half of their summer trade.</p>"
      + "<p>The council said the rules were needed to keep pavements clear for pedestrians and wheelchair users, and that it would consider exceptions for wider streets.</p>"
      + "<p>“We are not against pedestrians,” said one owner. “We just want rules that fit each street.”</p>"
      + "</article></body></html>";

  private static Article extract(byte[] bytes, String contentType) {
    Extraction e = new Extractor().extract(new RawPage(bytes, contentType, null, "test", null));
    assertThat(e).isInstanceOf(Extraction.Extracted.class);
    return ((Extraction.Extracted) e).article();
  }

  @Test
  void gzipIsRecognisedByMagicBytes() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(STORY.getBytes(StandardCharsets.UTF_8));
    }
    Article a = extract(out.toByteArray(), null);
    assertThat(a.title()).isEqualTo("Café owners protest new rules");
    assertThat(a.extractor().warnings()).contains("gzip: decompressed");
  }

  @Test
  void aPageThatOpensWithALongStyleSheetIsHtml() {
    // Some CMSs print their styles before <!DOCTYPE>: longer than the sniffed head, with no other tag in it.
    String css = "<style>\n" + "  .visible-media-boxes { opacity: 1; transform: translate3d(0px, 0px, 0px) !important; }\n".repeat(150)
        + "</style>\n";
    Article a = extract((css + STORY).getBytes(StandardCharsets.UTF_8), null);
    assertThat(a.title()).isEqualTo("Café owners protest new rules");
    assertThat(a.text()).doesNotContain("translate3d");
  }

  @Test
  void utf8BomIsStripped() {
    byte[] body = STORY.getBytes(StandardCharsets.UTF_8);
    byte[] withBom = new byte[body.length + 3];
    withBom[0] = (byte) 0xEF;
    withBom[1] = (byte) 0xBB;
    withBom[2] = (byte) 0xBF;
    System.arraycopy(body, 0, withBom, 3, body.length);
    assertThat(extract(withBom, null).title()).isEqualTo("Café owners protest new rules");
  }

  @Test
  void utf16WithBom() {
    byte[] bytes = ("\uFEFF" + STORY).getBytes(StandardCharsets.UTF_16LE);
    assertThat(extract(bytes, null).text()).contains("“We are not against pedestrians,”");
  }

  @Test
  void undeclaredWindows1252IsDetectedFromInvalidUtf8() {
    Article a = extract(STORY.getBytes(Charset.forName("windows-1252")), null);
    assertThat(a.title()).isEqualTo("Café owners protest new rules");
    assertThat(a.text()).contains("“We are not against pedestrians,”");
    assertThat(a.extractor().warnings()).anyMatch(w -> w.contains("windows-1252"));
  }

  @Test
  void mislabelledUtf8DeclarationFallsBackToWindows1252() {
    byte[] bytes = STORY.replace("<head>", "<head><meta charset=\"utf-8\">").getBytes(Charset.forName("windows-1252"));
    assertThat(extract(bytes, "text/html; charset=UTF-8").title()).isEqualTo("Café owners protest new rules");
  }

  @Test
  void metaCharsetIsHonoured() {
    String page = STORY.replace("<head>", "<head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-15\">")
        .replace("Café owners gathered", "Café owners gathered (fines of 50 €)");
    Article a = extract(page.getBytes(Charset.forName("ISO-8859-15")), null);
    assertThat(a.text()).contains("fines of 50 €");
  }

  @Test
  void contentTypeHintIsHonoured() {
    String page = STORY.replace("Café owners gathered", "Кафе owners gathered");
    Article a = extract(page.getBytes(Charset.forName("KOI8-R")), "text/html; charset=koi8-r");
    assertThat(a.text()).contains("Кафе owners");
  }

  @Test
  void latin1LabelOnUtf8BytesIsOverruled() {
    assertThat(extract(STORY.getBytes(StandardCharsets.UTF_8), "text/html; charset=iso-8859-1").title())
        .isEqualTo("Café owners protest new rules");
  }

  /**
   * Saved or re-encoded pages keep their old {@code <meta charset>}: a page declared GB2312 whose bytes
   * are well-formed UTF-8 is UTF-8 (GB2312, Shift_JIS or windows-1251 text is practically never valid
   * UTF-8 by chance), so the declaration loses to the bytes as it does for the Latin labels.
   */
  @Test
  void legacyMultiByteLabelOnUtf8BytesIsOverruled() {
    String page = STORY.replace("<head>", "<head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\">")
        .replace("Café owners gathered", "咖啡馆 owners gathered");
    Article a = extract(page.getBytes(StandardCharsets.UTF_8), null);
    assertThat(a.text()).contains("咖啡馆 owners gathered");
    assertThat(a.extractor().warnings()).contains("charset: declared GB2312 but the bytes are UTF-8");
  }

  @Test
  void legacyMultiByteLabelOnItsOwnBytesIsHonoured() {
    String page = STORY.replace("<head>", "<head><meta charset=\"gbk\">")
        .replace("Café owners gathered", "咖啡馆老板们在周一聚集 owners gathered");
    Article a = extract(page.getBytes(Charset.forName("GBK")), null);
    assertThat(a.text()).contains("咖啡馆老板们在周一聚集 owners gathered");
  }
}
