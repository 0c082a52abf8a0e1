package dev.newsstream.streams.enrich;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Each language's tagger, loaded exactly once per JVM: either up front ({@link #preload}, before the stream threads
 * start, so no load ever holds an exactly-once transaction open) or at the first article in that language
 * ({@link #tagger}). A loader answering null (the heap had no room) is remembered too: that language stays off and
 * is never tried again inside a stream thread. Thread-safe: concurrent first uses of one language wait for the one
 * load; different languages load independently.
 */
public final class LanguageModels {
  private static final Logger LOG = LoggerFactory.getLogger(LanguageModels.class);

  /** What {@link #preload} did: languages loaded, and those left off (no room), in the order asked. */
  public record Preloaded(List<String> loaded, List<String> off, long millis) {}

  private final Function<String, SpanTagger> loader;
  private final Map<String, Holder> holders = new ConcurrentHashMap<>();

  /** @param loader language -> its tagger, loading the model now; null when there is no room (or no model) */
  LanguageModels(Function<String, SpanTagger> loader) {
    this.loader = loader;
  }

  /** The tagger of {@code language}, loading it on this first use if {@link #preload} did not; null if off. */
  SpanTagger tagger(String language) {
    return holders.computeIfAbsent(language, Holder::new).get();
  }

  /** Whether {@code language}'s load has been decided (loaded or off), i.e. a call of {@link #tagger} costs nothing. */
  boolean decided(String language) {
    Holder h = holders.get(language);
    return h != null && h.value != null;
  }

  /** Loads {@code languages} now, one after the other in the order given (earlier ones get the heap first). */
  Preloaded preload(List<String> languages) {
    long start = System.nanoTime();
    List<String> loaded = new ArrayList<>();
    List<String> off = new ArrayList<>();
    for (String language : languages) {
      long t = System.nanoTime();
      boolean on = tagger(language) != null;
      (on ? loaded : off).add(language);
      LOG.info("NER model for '{}' {} at start in {} ms", language, on ? "loaded" : "left off (no heap room)",
          (System.nanoTime() - t) / 1_000_000);
    }
    return new Preloaded(List.copyOf(loaded), List.copyOf(off), (System.nanoTime() - start) / 1_000_000);
  }

  /** One language's load, done once under its own lock (a slow German load does not hold up Spanish). */
  private final class Holder {
    private final String language;
    private volatile Optional<SpanTagger> value;

    Holder(String language) {
      this.language = language;
    }

    SpanTagger get() {
      Optional<SpanTagger> v = value;
      if (v == null) {
        synchronized (this) {
          v = value;
          if (v == null) {
            v = Optional.ofNullable(loader.apply(language));
            value = v;
          }
        }
      }
      return v.orElse(null);
    }
  }
}
