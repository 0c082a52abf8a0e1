package dev.newsstream.streams.dedup;

import dev.newsstream.streams.PipelineTestDriver;
import static org.assertj.core.api.Assertions.assertThat;

import dev.newsstream.schema.Article;
import dev.newsstream.schema.DuplicateNotice;
import dev.newsstream.streams.config.StreamsAppConfig;
import dev.newsstream.streams.dedup.DedupLabelledSet.LabelledPage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole labelled dedup set ({@code bench dedup}'s pages, 46 stories) through the topology in crawl order and
 * in shuffled orders: every article id ends with the same verdict and the same original. Shuffle seed 2 once made
 * a "first half only" excerpt name an exact copy of its original instead of the original (the original's first
 * body had arrived as a stale version and was overwritten in the band stage by its update; see
 * {@link OtherBodiesOrderTest}). Timing across partitions is DedupBurstIT's part; this is arrival order alone.
 */
class LabelledSetArrivalOrderTest {
  @TempDir Path work;

  private Map<String, String> run(List<LabelledPage> pages, String name, Map<String, Instant> published)
      throws Exception {
    Path dir = Files.createDirectory(work.resolve(name));
    StreamsAppConfig cfg = StreamsAppConfig.load(null, Map.of(), Map.of("state.dir", dir.toString(),
        "enrich.enabled", "false"));
    try (PipelineTestDriver pipeline = PipelineTestDriver.start(cfg)) {
      TestInputTopic<String, byte[]> raw = pipeline.raw();
      TestOutputTopic<String, Article> clean = pipeline.clean();
      TestOutputTopic<String, DuplicateNotice> duplicates = pipeline.duplicates();
      // Arrival times unrelated to crawl times: only the pages' own times may rank them.
      Instant arrival = Instant.parse("2026-01-01T00:00:00Z");
      for (LabelledPage p : pages) {
        Instant fetched = Instant.ofEpochMilli(p.page().eventTime());
        Instant modified = p.page().modifiedAt() < 0 ? fetched : Instant.ofEpochMilli(p.page().modifiedAt());
        raw.pipeInput(new TestRecord<>(p.url(), TestPages.page(p.url(), "Story " + p.story(),
            published.get(p.page().id()), modified, fetched, List.of(p.page().body().split("\n\n"))), arrival));
        arrival = arrival.plusSeconds(1);
      }
      List<FinalVerdicts.CleanRecord> records = clean.readRecordsToList().stream()
          .map(r -> new FinalVerdicts.CleanRecord(r.key(), r.value() == null)).toList();
      return FinalVerdicts.of(records, duplicates.readValuesToList());
    }
  }

  @Test
  void everyShuffleEndsWithTheSameVerdictAndOriginalPerArticle() throws Exception {
    List<LabelledPage> pages = DedupLabelledSet.build(DedupStories.bundled(), 42);
    // As in DedupBurstIT: an id's publication time is its first page's crawl time.
    Map<String, Instant> published = new HashMap<>();
    for (LabelledPage p : pages) {
      published.merge(p.page().id(), Instant.ofEpochMilli(p.page().eventTime()), (x, y) -> x.isBefore(y) ? x : y);
    }
    Map<String, String> inOrder = run(pages, "in-order", published);
    assertThat(inOrder.values()).filteredOn(v -> v.startsWith("NEAR_DUPLICATE")).hasSizeGreaterThan(100);
    for (long seed = 1; seed <= 3; seed++) {
      List<LabelledPage> shuffled = new ArrayList<>(pages);
      Collections.shuffle(shuffled, new Random(seed));
      Map<String, String> state = run(shuffled, "seed-" + seed, published);
      Map<String, String> differing = new TreeMap<>();
      inOrder.forEach((id, verdict) -> {
        if (!verdict.equals(state.get(id))) {
          differing.put(id, "in order " + verdict + ", shuffled " + state.get(id));
        }
      });
      assertThat(differing).as("articles whose verdict differs, shuffle seed %d", seed).isEmpty();
      assertThat(state).as("shuffle seed %d", seed).hasSameSizeAs(inOrder);
    }
  }
}
