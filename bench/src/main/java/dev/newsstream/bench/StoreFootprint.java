package dev.newsstream.bench;

import dev.newsstream.streams.dedup.BandBucket;
import dev.newsstream.streams.dedup.BandEntry;
import dev.newsstream.streams.dedup.DedupMessages.ContentOwner;
import dev.newsstream.streams.dedup.DedupSerdes;
import dev.newsstream.streams.dedup.MinHasher;
import dev.newsstream.streams.dedup.MinHashSignature;
import dev.newsstream.streams.dedup.UrlState;
import dev.newsstream.streams.parse.TextNormalizer;
import dev.newsstream.url.CanonicalUrl;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Bytes one article occupies in the dedup stores, measured by serialising real store entries with the
 * topology's own serdes (key + value; RocksDB and changelog overheads come on top).
 */
final class StoreFootprint {
  private static final String ID = CanonicalUrl.of("https://www.example.com/news/2025/some-story").id();
  private static final String HASH = TextNormalizer.contentHash("some body");

  private StoreFootprint() {}

  static int urlBytes() {
    return ID.length() + DedupSerdes.urlState().serializer()
        .serialize("", new UrlState(HASH, 1, 0L, 0L, 0L, 0L)).length;
  }

  static int contentBytes() {
    return HASH.length() + DedupSerdes.contentOwner().serializer().serialize("", new ContentOwner(ID, 1, 0L, 0L)).length;
  }

  static int bandBytesPerArticle(int bands, int rows) {
    MinHashSignature sig = new MinHasher(bands * rows, 3).sign("a few words of some body text");
    List<String> keys = sig.bandKeys(bands, rows);
    byte[] oneEntry = DedupSerdes.bandBucket().serializer()
        .serialize("", BandBucket.empty().with(new BandEntry(ID, 1, 0L, 0L, sig)));
    int total = 0;
    for (String key : keys) {
      total += key.getBytes(StandardCharsets.UTF_8).length + oneEntry.length;
    }
    return total;
  }

  /** Same layout for the SimHash alternative: per block a key and (id, order time, fingerprint). */
  static int simHashBytesPerArticle(int maxDistance) {
    int key = 2 + 16;
    int entry = 2 + ID.length() + 8 + 8;
    return (maxDistance + 1) * (key + entry);
  }

  static String describe(int bands, int rows) {
    int band = bandBytesPerArticle(bands, rows);
    return String.format("URL %d B + content %d B + bands (b=%d, r=%d) %d B = %d B (key + value)",
        urlBytes(), contentBytes(), bands, rows, band, urlBytes() + contentBytes() + band);
  }
}
