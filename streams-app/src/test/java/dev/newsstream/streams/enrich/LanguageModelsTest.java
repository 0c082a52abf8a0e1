package dev.newsstream.streams.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Model loading without the real models (a fake loader that records each load): what enrich.preload loads before
 * the stream threads start is never loaded again at an article, so the first article of a preloaded language costs
 * no load inside the stream thread's transaction.
 */
class LanguageModelsTest {
  private static final SpanTagger FAKE = new SpanTagger() {
    @Override
    public NerTagger.Tagging tag(String text) {
      return new NerTagger.Tagging(List.of(), 0);
    }

    @Override
    public List<String> types() {
      return List.of("PERSON");
    }
  };

  /** Languages loaded, in order; "zh" has no room (loader answers null), like Chinese in a 1 GB heap. */
  private final List<String> loads = Collections.synchronizedList(new ArrayList<>());
  private final LanguageModels models = new LanguageModels(language -> {
    loads.add(language);
    return language.equals("zh") ? null : FAKE;
  });

  @Test
  void aPreloadedLanguagesFirstArticleLoadsNothing() {
    LanguageModels.Preloaded p = models.preload(List.of("en", "de", "zh", "fr"));
    assertThat(p.loaded()).containsExactly("en", "de", "fr");
    assertThat(p.off()).containsExactly("zh");
    assertThat(loads).containsExactly("en", "de", "zh", "fr");
    assertThat(models.decided("de")).isTrue();

    // The stream thread's first German and French articles: the taggers are there, nothing loads.
    assertThat(models.tagger("de")).isSameAs(FAKE);
    assertThat(models.tagger("fr")).isSameAs(FAKE);
    // A language that had no room at start stays off: never tried again inside a transaction.
    assertThat(models.tagger("zh")).isNull();
    assertThat(loads).containsExactly("en", "de", "zh", "fr");
  }

  @Test
  void aLanguageLeftOutOfThePreloadStillLoadsOnceAtItsFirstArticle() {
    models.preload(List.of("en"));
    assertThat(models.decided("es")).isFalse();
    assertThat(models.tagger("es")).isSameAs(FAKE);
    assertThat(models.tagger("es")).isSameAs(FAKE);
    assertThat(loads).containsExactly("en", "es");
  }

  @Test
  void concurrentFirstUsesOfOneLanguageShareOneLoad() throws Exception {
    CountDownLatch loading = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    List<String> slowLoads = Collections.synchronizedList(new ArrayList<>());
    LanguageModels slow = new LanguageModels(language -> {
      slowLoads.add(language);
      if (!language.equals("de")) {
        return FAKE;
      }
      loading.countDown();
      try {
        release.await(10, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      return FAKE;
    });
    ExecutorService threads = Executors.newFixedThreadPool(3);
    try {
      Future<SpanTagger> first = threads.submit(() -> slow.tagger("de"));
      assertThat(loading.await(10, TimeUnit.SECONDS)).isTrue();
      Future<SpanTagger> second = threads.submit(() -> slow.tagger("de"));
      // Another language is not held up by the German load.
      assertThat(threads.submit(() -> slow.tagger("es")).get(10, TimeUnit.SECONDS)).isSameAs(FAKE);
      release.countDown();
      assertThat(first.get(10, TimeUnit.SECONDS)).isSameAs(FAKE);
      assertThat(second.get(10, TimeUnit.SECONDS)).isSameAs(FAKE);
      assertThat(slowLoads).containsExactlyInAnyOrder("de", "es");
    } finally {
      threads.shutdownNow();
    }
  }
}
