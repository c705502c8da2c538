package newsdesk.store;

/**
 * How many stored articles carry one publisher or section: kept by every store as a counter that
 * ingest adds to and takes from, so that listing what exists never counts articles.
 */
public record FacetCount(String name, long count) {}
