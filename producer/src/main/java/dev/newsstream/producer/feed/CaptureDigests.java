package dev.newsstream.producer.feed;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.netpreserve.jwarc.WarcDigest;
import org.netpreserve.jwarc.WarcResponse;

/**
 * The payload digests of the responses read in one produce run, so that a revisit record can say which earlier
 * capture it repeats. Bounded: the oldest entries are dropped past {@code capacity} (about 200 bytes each).
 */
public final class CaptureDigests {
  private final Map<String, String> byDigest;

  public CaptureDigests(int capacity) {
    this.byDigest = new LinkedHashMap<>(1024, 0.75f, false) {
      @Override
      protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
        return size() > capacity;
      }
    };
  }

  /** A run's worth: one million captures. */
  public static CaptureDigests forRun() {
    return new CaptureDigests(1_000_000);
  }

  void remember(WarcResponse response, String name) {
    response.payloadDigest().ifPresent(d -> byDigest.putIfAbsent(key(d), name + " (" + response.date() + ")"));
  }

  /** The earlier capture with this payload digest: {@code file@offset url (date)}. */
  Optional<String> find(WarcDigest digest) {
    return Optional.ofNullable(byDigest.get(key(digest)));
  }

  /** Same digest whatever its spelling (base32 or hex, any case). */
  private static String key(WarcDigest d) {
    return d.algorithm().toLowerCase(java.util.Locale.ROOT) + ":" + d.base32();
  }
}
