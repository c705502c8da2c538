package newsdesk.article;

/**
 * The record of an upload that did not become an article, and why. {@code reason} is a short
 * machine-readable code (see {@link newsdesk.extract.RejectReason}), {@code detail} a sentence for people.
 */
public record Rejection(Source source, String reason, String detail, String extractorVersion, String at) {}
