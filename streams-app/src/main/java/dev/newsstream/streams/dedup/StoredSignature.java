package dev.newsstream.streams.dedup;

import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.common.utils.Bytes;

/**
 * What a band task remembers of one body of an article, once per body (its band buckets hold only a short form of
 * the reference, {@link BandIndex#shortRef}, and this record the full one, {@code ref}: the article id, or
 * id#tag for another body of it; see {@link BandIndex#refOf}): version
 * (where a correction must go), order time ({@link OrderTime}), when it was last seen in stream time (for the
 * horizon sweep) and the low 8 bits of each MinHash value, to verify a band hit against the whole signature.
 *
 * <p>Keeping b = 8 bits instead of 16 halves the bytes (b-bit MinHash: Li and König, "b-Bit Minwise Hashing",
 * WWW 2010). Two unequal values then agree by chance with probability 1/256, so the share of equal positions
 * overestimates the similarity by (1 - J)/256, at most 0.4 %: less than one position of a 60-value signature
 * (1.7 %), so it is used as is. (Their bias-corrected estimator, (P - 1/256)/(1 - 1/256), would instead push a
 * pair at exactly the threshold, e.g. 30 of 60, just below it.)
 *
 * <p>{@code bands}: the keys ({@link CompactKeys#of}) of the bands (of this task's shard) whose buckets hold this body, i.e. the band index
 * in memory ({@link BandMembers}) is rebuilt from these records alone. Usually all its bands in the shard; fewer
 * when a full bucket ({@link BandBucket#MAX_ENTRIES}) dropped it for earlier articles.
 */
public record StoredSignature(String ref, int version, long orderTime, long seenAt, byte[] lowBits,
    List<Bytes> bands) {
  public StoredSignature {
    bands = List.copyOf(bands);
  }

  /** A body that is a member of no band yet. */
  public static StoredSignature of(String ref, int version, long orderTime, long seenAt,
      MinHashSignature signature) {
    return of(ref, version, orderTime, seenAt, signature, List.of());
  }

  public static StoredSignature of(String ref, int version, long orderTime, long seenAt,
      MinHashSignature signature, List<Bytes> bands) {
    byte[] low = new byte[signature.size()];
    for (int i = 0; i < low.length; i++) {
      low[i] = (byte) signature.value(i);
    }
    return new StoredSignature(ref, version, orderTime, seenAt, low, bands);
  }

  /** The same body, no longer in the bucket of {@code bandKey}. */
  public StoredSignature withoutBand(Bytes bandKey) {
    List<Bytes> fewer = new ArrayList<>(bands);
    fewer.remove(bandKey);
    return new StoredSignature(ref, version, orderTime, seenAt, lowBits, fewer);
  }

  /** Estimated Jaccard similarity to a full signature of the same size, in [0, 1]. */
  public double similarity(MinHashSignature other) {
    if (other.size() != lowBits.length) {
      throw new IllegalArgumentException("signatures of different sizes: " + lowBits.length + " vs " + other.size());
    }
    int equal = 0;
    for (int i = 0; i < lowBits.length; i++) {
      if (lowBits[i] == (byte) other.value(i)) {
        equal++;
      }
    }
    return (double) equal / lowBits.length;
  }

  /** True when this article ({@code id}) comes strictly before the other in the global order: {@link OrderTime}, then id. */
  public boolean before(String id, String otherId, long otherOrderTime) {
    return orderTime < otherOrderTime || (orderTime == otherOrderTime && id.compareTo(otherId) < 0);
  }

  public StoredSignature seenAt(long time) {
    return new StoredSignature(ref, version, orderTime, Math.max(seenAt, time), lowBits, bands);
  }
}
