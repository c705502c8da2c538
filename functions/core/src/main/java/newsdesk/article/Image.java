package newsdesk.article;

/** The article's lead image. */
public record Image(String url, String caption, String credit) {}
