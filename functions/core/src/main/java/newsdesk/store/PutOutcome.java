package newsdesk.store;

/** What {@link ArticleStore#put} did. */
public enum PutOutcome {
  /** No article had this id. */
  STORED,
  /** An article had this id with different content or source version; it was replaced. */
  UPDATED,
  /** The same content from the same source version was already stored; nothing was written. */
  UNCHANGED
}
