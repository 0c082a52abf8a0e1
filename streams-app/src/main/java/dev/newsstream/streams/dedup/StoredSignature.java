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
 *
 * <p>{@code ending}: how the body ends ({@link BodyEnding}), so a match is judged on the story's own text, not on a
 * site ending both pages carry; {@link BodyEnding#NONE} for records written before session 10.
 */
public record StoredSignature(String ref, int version, long orderTime, long seenAt, byte[] lowBits,
    List<Bytes> bands, long body, BodyEnding ending) {
  /** {@code body} value of a body whose content hash is unknown: never the same body as another. */
  public static final long UNKNOWN_BODY = 0L;

  public StoredSignature {
    bands = List.copyOf(bands);
  }

  /** A body whose ending is unknown ({@link BodyEnding#NONE}: nothing is discounted from its similarity). */
  public StoredSignature(String ref, int version, long orderTime, long seenAt, byte[] lowBits, List<Bytes> bands,
      long body) {
    this(ref, version, orderTime, seenAt, lowBits, bands, body, BodyEnding.NONE);
  }

  /** A body that is a member of no band yet, its content unknown. */
  public static StoredSignature of(String ref, int version, long orderTime, long seenAt,
      MinHashSignature signature) {
    return of(ref, version, orderTime, seenAt, signature, List.of());
  }

  public static StoredSignature of(String ref, int version, long orderTime, long seenAt,
      MinHashSignature signature, List<Bytes> bands) {
    return of(ref, version, orderTime, seenAt, signature, bands, UNKNOWN_BODY);
  }

  /** {@code body}: {@link #bodyPrint} of the content hash, or {@link #UNKNOWN_BODY}. */
  public static StoredSignature of(String ref, int version, long orderTime, long seenAt,
      MinHashSignature signature, List<Bytes> bands, long body) {
    byte[] low = new byte[signature.size()];
    for (int i = 0; i < low.length; i++) {
      low[i] = (byte) signature.value(i);
    }
    return new StoredSignature(ref, version, orderTime, seenAt, low, bands, body, signature.ending());
  }

  /**
   * 64 bits that tell exact bodies apart: the first 64 bits of the content hash (SHA-256 of the normalised body, hex),
   * or a 64-bit FNV-1a of a hash in another form (tests). Never {@link #UNKNOWN_BODY}. Two different bodies share it
   * with probability 2⁻⁶⁴ per compared pair, and only pairs already above the similarity threshold are compared.
   */
  public static long bodyPrint(String contentHash) {
    long print;
    if (contentHash.length() >= 16 && contentHash.substring(0, 16).chars().allMatch(c -> Character.digit(c, 16) >= 0)) {
      print = Long.parseUnsignedLong(contentHash.substring(0, 16), 16);
    } else {
      print = 0xcbf29ce484222325L;
      for (int i = 0; i < contentHash.length(); i++) {
        print = (print ^ contentHash.charAt(i)) * 0x100000001b3L;
      }
    }
    return print == UNKNOWN_BODY ? 1L : print;
  }

  /** True when both are known to be the same normalised body. */
  public boolean sameBody(long otherBody) {
    return body != UNKNOWN_BODY && body == otherBody;
  }

  /** The same body, no longer in the bucket of {@code bandKey}. */
  public StoredSignature withoutBand(Bytes bandKey) {
    List<Bytes> fewer = new ArrayList<>(bands);
    fewer.remove(bandKey);
    return new StoredSignature(ref, version, orderTime, seenAt, lowBits, fewer, body, ending);
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
    return new StoredSignature(ref, version, orderTime, Math.max(seenAt, time), lowBits, bands, body, ending);
  }
}
