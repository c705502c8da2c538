package newsdesk.testing;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * A UTC clock that a test can set and move, so code that reads the time (a store that lists nothing
 * dated after now, a month boundary) is tested at chosen instants; until set, it is the system clock.
 */
public final class SettableClock extends Clock {

  private volatile Instant now;

  /** A clock that reads the system time until set. */
  public SettableClock() {}

  /** A clock stopped at {@code now}: time does not pass by itself. */
  public SettableClock(Instant now) {
    this.now = now;
  }

  public void set(Instant instant) {
    now = instant;
  }

  public void set(String isoInstant) {
    set(Instant.parse(isoInstant));
  }

  @Override
  public Instant instant() {
    Instant fixed = now;
    return fixed != null ? fixed : Instant.now();
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return this;
  }
}
