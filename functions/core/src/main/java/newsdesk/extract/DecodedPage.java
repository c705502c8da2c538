package newsdesk.extract;

import java.util.List;

/**
 * A raw page turned into text: the characters, the charset they were read with, whether the
 * page looks like HTML (otherwise it is a plain-text page dump), and what decoding noticed.
 */
public record DecodedPage(String text, String charset, boolean html, List<String> warnings) {

  public DecodedPage {
    warnings = List.copyOf(warnings);
  }
}
