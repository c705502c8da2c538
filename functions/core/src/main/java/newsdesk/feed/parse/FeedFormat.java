package newsdesk.feed.parse;

/** The syndication format a document was read as; RSS 0.9x and 2.0 share one reading. */
public enum FeedFormat {
  RSS,
  RSS_1_0,
  ATOM_0_3,
  ATOM_1_0,
  JSON_FEED
}
