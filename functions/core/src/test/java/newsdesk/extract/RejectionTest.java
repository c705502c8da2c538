package newsdesk.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

/** Inputs that are not articles come back as rejections with the right reason, never as exceptions. */
class RejectionTest {

  private static RejectReason reason(byte[] bytes) {
    Extraction e = new Extractor().extract(RawPage.of(bytes, "test"));
    assertThat(e).isInstanceOf(Extraction.Rejected.class);
    return ((Extraction.Rejected) e).reason();
  }

  @Test
  void emptyAndWhitespace() {
    assertThat(reason(new byte[0])).isEqualTo(RejectReason.EMPTY);
    assertThat(reason(" \n\t\r\n ".getBytes(StandardCharsets.UTF_8))).isEqualTo(RejectReason.EMPTY);
    assertThat(new Extractor().extract(null)).isInstanceOf(Extraction.Rejected.class);
    assertThat(reason(null)).isEqualTo(RejectReason.EMPTY);
  }

  @Test
  void imagesAndBinaryData() {
    assertThat(reason(new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13})).isEqualTo(RejectReason.BINARY);
    assertThat(reason(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F'}))
        .isEqualTo(RejectReason.BINARY);
    assertThat(reason("GIF89a\u0001\u0000".getBytes(StandardCharsets.ISO_8859_1))).isEqualTo(RejectReason.BINARY);
    byte[] noise = new byte[4096];
    for (int i = 0; i < noise.length; i++) {
      noise[i] = (byte) (i % 7 == 0 ? 0 : i * 31);
    }
    assertThat(reason(noise)).isEqualTo(RejectReason.BINARY);
  }

  @Test
  void tooLargeBeforeAndAfterGunzip() throws IOException {
    assertThat(reason(new byte[PageDecoder.MAX_BYTES + 1])).isEqualTo(RejectReason.TOO_LARGE);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      byte[] spaces = new byte[1 << 20];
      java.util.Arrays.fill(spaces, (byte) ' ');
      for (int i = 0; i < 11; i++) {
        gz.write(spaces);
      }
    }
    assertThat(out.size()).isLessThan(PageDecoder.MAX_BYTES);
    assertThat(reason(out.toByteArray())).isEqualTo(RejectReason.TOO_LARGE);
  }

  @Test
  void corruptGzip() {
    assertThat(reason(new byte[] {0x1f, (byte) 0x8b, 8, 0, 1, 2, 3})).isEqualTo(RejectReason.UNREADABLE);
  }

  @Test
  void textWithoutProseIsNotAnArticle() {
    assertThat(reason("Home\nNews\nSport\nWeather\nContact us".getBytes(StandardCharsets.UTF_8)))
        .isEqualTo(RejectReason.NOT_ARTICLE);
  }

  @Test
  void indexPage() {
    Extraction e = Fixtures.extract("html/index-page.html");
    assertThat(e).isInstanceOf(Extraction.Rejected.class);
    assertThat(((Extraction.Rejected) e).reason().code()).isEqualTo("not-article");
  }
}
