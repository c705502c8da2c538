package newsdesk.bench;

/**
 * An accuracy over the pages where gold exists: {@code hits} of {@code total} compared. A page
 * without a gold value is not counted at all, so the total says how much evidence a figure rests on.
 */
public record Tally(int hits, int total) {

  public static final Tally EMPTY = new Tally(0, 0);

  /** Adds one compared page. */
  public Tally count(boolean hit) {
    return new Tally(hits + (hit ? 1 : 0), total + 1);
  }

  /** Null when nothing was compared: "no gold" is not the same as "all wrong". */
  public Double accuracy() {
    return total == 0 ? null : (double) hits / total;
  }
}
