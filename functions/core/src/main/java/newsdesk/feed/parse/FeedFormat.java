package newsdesk.feed.parse;

/**
 * The syndication format a document was read as. RSS 0.91–2.0 share one reading ({@link #RSS});
 * {@link #RSS_1_0} is the RDF family, which includes Netscape's RSS 0.90.
 */
public enum FeedFormat {
  RSS,
  RSS_1_0,
  ATOM_0_3,
  ATOM_1_0,
  JSON_FEED
}
