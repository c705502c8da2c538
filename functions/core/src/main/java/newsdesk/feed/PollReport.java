package newsdesk.feed;

/** What one scheduled poll run did: feeds that were due, polled, and failed. */
public record PollReport(int due, int polled, int failed) {}
