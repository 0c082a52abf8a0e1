package dev.newsstream.streams.dedup;

/**
 * One article as remembered under a band key: its id, its order time (event time of its first version; decides
 * which of two copies is the original) and its signature (to verify a band hit against the whole signature).
 */
public record BandEntry(String id, long orderTime, MinHashSignature signature) {
  /** True when this entry comes strictly before {@code other} in the one global order: order time, then id. */
  public boolean before(String otherId, long otherOrderTime) {
    return orderTime < otherOrderTime || (orderTime == otherOrderTime && id.compareTo(otherId) < 0);
  }
}
