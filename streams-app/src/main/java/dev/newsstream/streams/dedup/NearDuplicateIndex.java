package dev.newsstream.streams.dedup;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * MinHash + LSH near-duplicate index in memory: the pure core of the near-duplicate stage. The topology runs the
 * same {@link BandIndex} spread over band-shard tasks, on state stores; this class runs it on hash maps (one
 * shard holding every band) and is what the benchmark and unit tests use.
 */
public final class NearDuplicateIndex implements NearDuplicateDetector {
  private final MinHasher hasher;
  private final int bands;
  private final int rows;
  private final BandMembers buckets = new BandMembers();
  private final Map<String, StoredSignature> signatures = new HashMap<>();
  private final BandIndex index;

  public NearDuplicateIndex(int bands, int rows, int shingleWords, double threshold) {
    this.hasher = new MinHasher(bands * rows, shingleWords);
    this.bands = bands;
    this.rows = rows;
    this.index = new BandIndex(buckets, BandIndex.Table.of(signatures), threshold);
  }

  public MinHasher hasher() {
    return hasher;
  }

  /** The earliest verified near-duplicate of this article among those already added, then adds it. */
  @Override
  public Optional<NearMatch> check(String id, long orderTime, String body) {
    MinHashSignature signature = hasher.sign(body);
    BandIndex.Result result = index.probe(id, 1, orderTime, orderTime, signature, signature.bandKeys(bands, rows));
    return NearMatch.original(result.earlier());
  }

  /** Bands with at least one article. */
  public int bucketCount() {
    return buckets.size();
  }
}
