package dev.newsstream.streams.dedup;

/**
 * One article as remembered under a band key: its id and version (where a correction must go), its order time
 * ({@link OrderTime}; decides which of two copies is the original), when it was last seen in stream time (for the
 * horizon sweep) and its signature (to verify a band hit against the whole signature).
 */
public record BandEntry(String id, int version, long orderTime, long seenAt, MinHashSignature signature) {
  /** True when this entry comes strictly before {@code other} in the one global order: order time, then id. */
  public boolean before(String otherId, long otherOrderTime) {
    return orderTime < otherOrderTime || (orderTime == otherOrderTime && id.compareTo(otherId) < 0);
  }
}
