package newsdesk.article.render;

import java.util.List;
import java.util.regex.Pattern;
import newsdesk.article.Article;
import newsdesk.article.Block;

/**
 * An article as Markdown, block by block: headings, lists, quotes, figures (image and caption),
 * fenced preformatted text and pipe tables. Text is escaped so that a story quoting "*" or "#" does
 * not turn into formatting.
 */
public final class MarkdownRenderer {

  private static final Pattern CELL = Pattern.compile(" \\| ");
  private static final Pattern SPECIAL = Pattern.compile("([\\\\`*_\\[\\]<>#|])");
  private static final Pattern LINE_START = Pattern.compile("(?m)^(\\s*)([-+]|\\d+\\.)(\\s)");

  private MarkdownRenderer() {}

  public static String render(Article a) {
    StringBuilder out = new StringBuilder();
    if (a.title() != null) {
      out.append("# ").append(escape(a.title())).append("\n\n");
    }
    if (a.subtitle() != null) {
      out.append('*').append(escape(a.subtitle())).append("*\n\n");
    }
    String credit = ArticleHeader.creditLine(a);
    if (!credit.isEmpty()) {
      out.append('_').append(escape(credit)).append("_\n\n");
    }
    for (Block b : a.body()) {
      block(b, out);
    }
    if (a.truncated()) {
      out.append("*(truncated: the page showed only the start of the article)*\n\n");
    }
    return out.toString().stripTrailing() + "\n";
  }

  private static void block(Block b, StringBuilder out) {
    switch (b.type()) {
      case Block.HEADING -> out.append("## ").append(escape(b.text())).append("\n\n");
      case Block.LIST -> {
        for (String item : b.items()) {
          out.append("- ").append(escape(item)).append('\n');
        }
        out.append('\n');
      }
      case Block.QUOTE -> out.append("> ").append(escape(b.text())).append("\n\n");
      case Block.FIGURE -> {
        String caption = b.caption() == null ? "" : b.caption();
        if (b.url() != null) {
          out.append("![").append(escape(caption)).append("](").append(b.url().replace(")", "%29").replace(" ", "%20")).append(")\n");
        }
        if (!caption.isEmpty() || b.credit() != null) {
          out.append('*').append(escape(caption)).append(b.credit() == null ? "" : " (" + escape(b.credit()) + ")").append("*\n");
        }
        out.append('\n');
      }
      case Block.PREFORMATTED -> out.append("```\n").append(b.text().replace("```", "`\u200B``")).append("\n```\n\n");
      case Block.TABLE -> table(b.text(), out);
      default -> out.append(escape(b.text())).append("\n\n");
    }
  }

  private static void table(String text, StringBuilder out) {
    List<String> rows = text.lines().toList();
    for (int i = 0; i < rows.size(); i++) {
      String[] cells = CELL.split(rows.get(i), -1);
      out.append('|');
      for (String c : cells) {
        out.append(' ').append(escape(c)).append(" |");
      }
      out.append('\n');
      if (i == 0) {
        out.append('|').append(" --- |".repeat(cells.length)).append('\n');
      }
    }
    out.append('\n');
  }

  static String escape(String s) {
    if (s == null) {
      return "";
    }
    String escaped = SPECIAL.matcher(s).replaceAll("\\\\$1");
    return LINE_START.matcher(escaped).replaceAll("$1\\\\$2$3");
  }
}
