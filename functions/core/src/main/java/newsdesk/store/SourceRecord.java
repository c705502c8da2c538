package newsdesk.store;

/**
 * What one raw object (by {@code objectKey}, see {@link newsdesk.article.Source#objectKey()})
 * produced the last time it was processed: the version and ETag seen, and either the article id or
 * the rejection reason. Ingestion reads it to recognise redelivered events.
 */
public record SourceRecord(
    String objectKey, String versionId, String etag, String articleId, String rejectedReason, String at) {}
