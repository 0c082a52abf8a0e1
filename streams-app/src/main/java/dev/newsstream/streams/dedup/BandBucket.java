package dev.newsstream.streams.dedup;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The articles that share one LSH band key. Pure: the Kafka band processor and the in-memory
 * {@link NearDuplicateIndex} both use it, so the benchmark measures the code that runs in the topology.
 */
public record BandBucket(List<BandEntry> entries) {
  /** A band shared by very many articles carries no information (e.g. a stock phrase); keep it bounded. */
  public static final int MAX_ENTRIES = 64;

  public static BandBucket empty() {
    return new BandBucket(List.of());
  }

  /**
   * Entries that come before the probe in the global order (order time, then id), are not the probe's own
   * article, and whose whole signature is at least {@code threshold} similar. Only earlier articles count, so
   * two copies can never each be declared the duplicate of the other, whatever order the tasks see them in.
   */
  public List<NearMatch> matches(String id, long orderTime, MinHashSignature signature, double threshold) {
    List<NearMatch> out = new ArrayList<>();
    for (BandEntry e : entries) {
      if (!e.id().equals(id) && e.before(id, orderTime)) {
        double similarity = e.signature().similarity(signature);
        if (similarity >= threshold) {
          out.add(new NearMatch(e.id(), e.orderTime(), similarity));
        }
      }
    }
    return out;
  }

  /**
   * The other side of {@link #matches}: entries that come <em>after</em> the probe in the global order and are at
   * least {@code threshold} similar. Each must learn that an earlier original exists, whether it is still being
   * decided or was already published (then the deciding task emits a correction). This is what makes verdicts
   * independent of arrival order: whichever of two copies reaches the shared band last, the band sees both.
   */
  public List<DedupMessages.Correction> later(String id, long orderTime, MinHashSignature signature, double threshold) {
    List<DedupMessages.Correction> out = new ArrayList<>();
    for (BandEntry e : entries) {
      if (!e.id().equals(id) && !e.before(id, orderTime)) {
        double similarity = e.signature().similarity(signature);
        if (similarity >= threshold) {
          out.add(new DedupMessages.Correction(e.id(), e.version(), new NearMatch(id, orderTime, similarity), false));
        }
      }
    }
    return out;
  }

  /**
   * This bucket with {@code entry} added (replacing an older signature of the same article). Past the cap the
   * latest entries are dropped: the earliest ones are the originals later copies must find.
   */
  public BandBucket with(BandEntry entry) {
    List<BandEntry> out = new ArrayList<>(entries.size() + 1);
    for (BandEntry e : entries) {
      if (!e.id().equals(entry.id())) {
        out.add(e);
      }
    }
    out.add(entry);
    out.sort(Comparator.comparingLong(BandEntry::orderTime).thenComparing(BandEntry::id));
    while (out.size() > MAX_ENTRIES) {
      out.remove(out.size() - 1);
    }
    return new BandBucket(List.copyOf(out));
  }

  /** Entries last seen at or after {@code cutoff} (stream time); the caller deletes the bucket when it is empty. */
  public BandBucket retainFrom(long cutoff) {
    return new BandBucket(entries.stream().filter(e -> e.seenAt() >= cutoff).toList());
  }

  public boolean isEmpty() {
    return entries.isEmpty();
  }
}
