package dev.newsstream.streams.dedup;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The ids of the articles that share one LSH band key (their signatures are stored once per article, see
 * {@link StoredSignature}): the rule by which a bucket takes a body in, applied to the in-memory buckets
 * ({@link BandMembers}) when a body joins. Pure.
 */
public record BandBucket(List<String> ids) {
  /** A band shared by very many articles carries no information (e.g. a stock phrase); keep it bounded. */
  public static final int MAX_ENTRIES = 64;

  public static BandBucket empty() {
    return new BandBucket(List.of());
  }

  /**
   * This bucket with {@code id} added (once). Past the cap the latest articles in the global order are dropped:
   * the earliest ones are the originals later copies must find. {@code signatures} looks up their order times.
   */
  public BandBucket with(String id, Function<String, StoredSignature> signatures) {
    if (ids.contains(id)) {
      return this;
    }
    List<String> out = new ArrayList<>(ids.size() + 1);
    out.addAll(ids);
    out.add(id);
    if (out.size() > MAX_ENTRIES) {
      Comparator<String> order = Comparator.comparingLong((String x) -> {
        StoredSignature s = signatures.apply(x);
        return s == null ? Long.MAX_VALUE : s.orderTime();
      }).thenComparing(Comparator.naturalOrder());
      out.sort(order);
      while (out.size() > MAX_ENTRIES) {
        out.remove(out.size() - 1);
      }
    }
    return new BandBucket(List.copyOf(out));
  }

  /** The ids for which {@code keep} holds; the caller deletes the bucket when it is empty. */
  public BandBucket retain(Predicate<String> keep) {
    return new BandBucket(ids.stream().filter(keep).toList());
  }

  public boolean isEmpty() {
    return ids.isEmpty();
  }
}
