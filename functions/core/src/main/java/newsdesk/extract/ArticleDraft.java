package newsdesk.extract;

import java.util.ArrayList;
import java.util.List;
import newsdesk.article.Block;
import newsdesk.article.Caption;
import newsdesk.article.Credits;
import newsdesk.article.Image;

/**
 * What an engine (HTML or text) found on a page, field by field, before the fields every article
 * derives the same way (text, word count, hash, id, language) are computed by {@link ArticleAssembly}.
 * Mutable on purpose: engines fill it in as they discover things, in whatever order the page allows.
 */
public final class ArticleDraft {
  public String url;
  public String title;
  public String subtitle;
  public List<String> authors = new ArrayList<>();
  public String publisher;
  public String host;
  public String section;
  public List<String> tags = new ArrayList<>();
  public String language;
  public String published;
  public String updated;
  public String dateline;
  public String description;
  public Image image;
  public final List<Block> body = new ArrayList<>();
  /**
   * The words of {@link #body} (what {@link ArticleAssembly#wordCount} counts in its text) where the
   * engine has counted them for its own judgement, or -1: handed on so assembly does not count the
   * whole body again. An engine that changes the body after counting sets it back to -1.
   */
  public int bodyWords = -1;
  public final List<Caption> captions = new ArrayList<>();
  public Credits credits = Credits.NONE;
  public boolean truncated;
  public final List<String> warnings = new ArrayList<>();
}
