package dev.newsstream.bench;

import dev.newsstream.streams.dedup.BandMembers;
import dev.newsstream.streams.dedup.BandIndex;
import dev.newsstream.streams.config.StreamsAppConfig;
import dev.newsstream.streams.dedup.BandShards;
import dev.newsstream.streams.dedup.CompactKeys;
import dev.newsstream.streams.dedup.DedupMessages.Verdict;
import dev.newsstream.streams.dedup.StoredSignature;
import dev.newsstream.streams.dedup.DedupMessages.ContentOwner;
import dev.newsstream.streams.dedup.DedupSerdes;
import dev.newsstream.streams.dedup.MinHasher;
import dev.newsstream.streams.dedup.MinHashSignature;
import dev.newsstream.streams.dedup.UrlState;
import dev.newsstream.streams.parse.TextNormalizer;
import dev.newsstream.url.CanonicalUrl;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.kafka.common.utils.Bytes;

/**
 * Bytes one article occupies in the dedup stores, measured by serialising real store entries with the
 * topology's own serdes (key + value; RocksDB and changelog overheads come on top).
 */
final class StoreFootprint {
  private static final String ID = CanonicalUrl.of("https://www.example.com/news/2025/some-story").id();
  /** As the URL and content stores keep it: the first 128 bits of the SHA-256. */
  private static final String HASH = CompactKeys.hashPrefix(TextNormalizer.contentHash("some body"));

  private StoreFootprint() {}

  static int urlBytes() {
    return CompactKeys.of(ID).get().length + DedupSerdes.urlState().serializer()
        .serialize("", new UrlState(HASH, 1, 0L, 0L, 0L, 0L)).length;
  }

  static int verdictBytes() {
    String url = "https://www.example.com/news/2025/some-story";
    return CompactKeys.of(ID).get().length + DedupSerdes.verdict().serializer()
        .serialize("", new Verdict(1, url, null, false, 0L, 1_765_000_000_000L)).length;
  }

  static int contentBytes() {
    return CompactKeys.of(HASH).get().length
        + DedupSerdes.contentOwner().serializer().serialize("", new ContentOwner(ID, 1, 0L, 0L)).length;
  }

  /**
   * Near-duplicate store bytes per article (one body) in the topology: per band shard the article's bands fall into
   * (about min(shards, bands)), one stored signature keyed by the short reference, listing the keys of the article's
   * bands in that shard. The band buckets are not a store (since issue 16 item 5, session 7): each band task rebuilds
   * them in memory from these records ({@link #bandHeapBytesPerArticle}). An article with n distinct bodies within
   * the horizon holds n times this.
   */
  static int bandBytesPerArticle(int bands, int rows, int shards) {
    MinHashSignature sig = new MinHasher(bands * rows, 3).sign(typicalBody());
    List<String> keys = sig.bandKeys(bands, rows);
    String shortRef = BandIndex.shortRef(ID);
    java.util.Map<Integer, List<Bytes>> bandsOfShard = new java.util.TreeMap<>();
    for (String key : keys) {
      bandsOfShard.computeIfAbsent(BandShards.of(key, shards), s -> new java.util.ArrayList<>())
          .add(CompactKeys.of(key));
    }
    int total = 0;
    for (List<Bytes> inShard : bandsOfShard.values()) {
      total += CompactKeys.of(shortRef).get().length + DedupSerdes.storedSignature().serializer()
          .serialize("", StoredSignature.of(ID, 1, 0L, 0L, sig, inShard)).length;
    }
    return total;
  }

  /**
   * A body of an ordinary article's size for the byte figures: 5 paragraphs of 60 words. Since session 10 a stored
   * signature keeps how the body ends ({@code BodyEnding}: its last 3 paragraphs' hashes and shingle counts), which
   * a one-line body would understate (1 paragraph, 1-byte counts).
   */
  static String typicalBody() {
    StringBuilder sb = new StringBuilder();
    for (int p = 0; p < 5; p++) {
      if (p > 0) {
        sb.append("\n\n");
      }
      for (int w = 0; w < 60; w++) {
        sb.append(w == 0 ? "" : " ").append("word").append(p * 60 + w);
      }
    }
    return sb.toString();
  }

  /**
   * Heap of the in-memory band buckets per article (one body, every band holding only it): measured, not estimated,
   * by filling {@code n} articles' bands into a {@link BandMembers} and comparing the used heap after a full GC.
   * Approximate (the JVM's accounting, ±a few bytes per article at n = 100,000).
   */
  static long bandHeapBytesPerArticle(int bands, int rows, int n) {
    MinHasher hasher = new MinHasher(bands * rows, 3);
    Runtime rt = Runtime.getRuntime();
    long before = usedAfterGc(rt);
    BandMembers members = new BandMembers();
    for (int i = 0; i < n; i++) {
      long h = (i + 1) * 0x9E3779B97F4A7C15L;
      String ref = BandIndex.shortRef(String.format("%016x%016x", h, ~h));
      for (String key : hasher.sign("article " + i + " about the story number " + i + " of many").bandKeys(bands, rows)) {
        members.add(CompactKeys.of(key), ref);
      }
    }
    long after = usedAfterGc(rt);
    if (members.size() == 0) {
      throw new IllegalStateException("no bands");
    }
    return (after - before) / n;
  }

  private static long usedAfterGc(Runtime rt) {
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    return rt.totalMemory() - rt.freeMemory();
  }

  /** Same layout for the SimHash alternative: per block a key and (id, order time, fingerprint). */
  static int simHashBytesPerArticle(int maxDistance) {
    int key = 2 + 16;
    int entry = 2 + ID.length() + 8 + 8;
    return (maxDistance + 1) * (key + entry);
  }

  static String describe(int bands, int rows) {
    int band = bandBytesPerArticle(bands, rows, StreamsAppConfig.Dedup.DEFAULT_BAND_SHARDS);
    return String.format("URL %d B + content %d B + bands (b=%d, r=%d, %d shards) %d B + decision verdict %d B"
        + " = %d B (key + value)", urlBytes(), contentBytes(), bands, rows, StreamsAppConfig.Dedup.DEFAULT_BAND_SHARDS,
        band, verdictBytes(), urlBytes() + contentBytes() + band + verdictBytes());
  }
}
