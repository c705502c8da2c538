package newsdesk.ingest;

/**
 * The raw object an event points at. {@code key} is already decoded (S3 event keys arrive
 * URL-encoded); {@code versionId} and {@code etag} may be null when the event does not carry them.
 */
public record ObjectRef(String bucket, String key, String versionId, String etag) {}
