package dev.newsstream.streams.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsstream.schema.EntityDelta;
import dev.newsstream.schema.EntityDeltas;
import dev.newsstream.schema.EntityTrend;
import dev.newsstream.schema.WindowChange;
import dev.newsstream.streams.config.StreamsAppConfig;
import dev.newsstream.streams.metrics.PipelineMetrics;
import dev.newsstream.streams.serde.EventSerdes;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Produced;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The trends topic is written at the commit, from the window stores' caches: several pages processed within one
 * commit give one record per (window, entity) with the count at the commit. TopologyTestDriver commits after each
 * input record, so each input record here is one commit holding several pages: a line of pages separated by ';',
 * each page a list of {@code TYPE|NAME|ARTICLES|MENTIONS} changes separated by ',' (all in the 15:00 hour of
 * 2026-12-06), fanned out to one EntityDeltas record per page before the trends task.
 */
class TrendCoalescingTest {
  private static final long H15 = Instant.parse("2026-12-06T15:00:00Z").toEpochMilli();
  private static final long D06 = Instant.parse("2026-12-06T00:00:00Z").toEpochMilli();
  private static final String KAJA_1H = "1h|2026-12-06T15:00:00Z|PERSON|Kaja Kallas";
  private static final String KAJA_1D = "1d|2026-12-06T00:00:00Z|PERSON|Kaja Kallas";
  private static final String GENEVA_1H = "1h|2026-12-06T15:00:00Z|LOCATION|Geneva";
  private static final String GENEVA_1D = "1d|2026-12-06T00:00:00Z|LOCATION|Geneva";
  @TempDir Path stateDir;
  private TopologyTestDriver driver;
  private TestInputTopic<String, String> commits;
  private TestOutputTopic<String, EntityTrend> trends;

  @BeforeEach
  void setUp() {
    StreamsAppConfig cfg = StreamsAppConfig.load(null, Map.of(), Map.of("state.dir", stateDir.toString(),
        "enrich.enabled", "false", "analytics.grace", "PT2H"));
    EventSerdes serdes = EventSerdes.plainAvro();
    StreamsBuilder builder = new StreamsBuilder();
    var pages = builder.stream("in.commits", Consumed.with(Serdes.String(), Serdes.String()))
        .flatMapValues(TrendCoalescingTest::pages);
    AnalyticsTopology.counted(builder, pages, cfg.analytics(), PipelineMetrics.discarding())
        .to("out.trends", Produced.with(Serdes.String(), serdes.entityTrend()));
    driver = new TopologyTestDriver(builder.build(), cfg.streamsProperties());
    commits = driver.createInputTopic("in.commits", new StringSerializer(), new StringSerializer());
    trends = driver.createOutputTopic("out.trends", new StringDeserializer(), serdes.entityTrend().deserializer());
  }

  @AfterEach
  void tearDown() {
    driver.close();
  }

  private static List<EntityDeltas> pages(String line) {
    List<EntityDeltas> out = new ArrayList<>();
    for (String page : line.split(";")) {
      List<EntityDelta> entities = new ArrayList<>();
      for (String change : page.split(",")) {
        String[] f = change.split("\\|");
        int articles = Integer.parseInt(f[2]);
        int mentions = Integer.parseInt(f[3]);
        entities.add(new EntityDelta(f[1], f[0], new ArrayList<>(List.of(
            new WindowChange("1d", D06, articles, mentions), new WindowChange("1h", H15, articles, mentions)))));
      }
      out.add(new EntityDeltas(H15 + 20 * 60_000L, entities));
    }
    return out;
  }

  /** The records written for one commit, as "key=articles/mentions" or "key=tombstone", in order. */
  private List<String> commit(String... pages) {
    commits.pipeInput("shard", String.join(";", pages));
    return trends.readKeyValuesToList().stream().map(TrendCoalescingTest::show).toList();
  }

  private static String show(KeyValue<String, EntityTrend> kv) {
    return kv.key + "=" + (kv.value == null ? "tombstone" : kv.value.getArticles() + "/" + kv.value.getMentions());
  }

  @Test
  void severalPagesInOneCommitGiveOneRecordPerKeyWithTheFinalCount() {
    List<String> first = commit("PERSON|Kaja Kallas|1|2,LOCATION|Geneva|1|1", "PERSON|Kaja Kallas|1|3",
        "PERSON|Kaja Kallas|1|1");
    assertThat(first).containsExactlyInAnyOrder(KAJA_1H + "=3/6", KAJA_1D + "=3/6", GENEVA_1H + "=1/1",
        GENEVA_1D + "=1/1");
    // The next commit writes only what changed in it.
    assertThat(commit("PERSON|Kaja Kallas|1|4")).containsExactlyInAnyOrder(KAJA_1H + "=4/10", KAJA_1D + "=4/10");
  }

  @Test
  void aCountFallingToZeroIsATombstoneAndOneCreatedAndEmptiedWithinACommitIsNotWritten() {
    commit("PERSON|Kaja Kallas|1|2,LOCATION|Geneva|1|1");
    // Geneva's only article withdrawn, Kaja Kallas' re-weighed: a tombstone per window for Geneva.
    assertThat(commit("LOCATION|Geneva|-1|-1", "PERSON|Kaja Kallas|0|1")).containsExactlyInAnyOrder(
        GENEVA_1H + "=tombstone", GENEVA_1D + "=tombstone", KAJA_1H + "=1/3", KAJA_1D + "=1/3");
    // Named and withdrawn again between two commits: the topic never had it, nothing to write or delete.
    assertThat(commit("MISC|Estonian|1|1", "MISC|Estonian|-1|-1", "PERSON|Kaja Kallas|1|1"))
        .containsExactlyInAnyOrder(KAJA_1H + "=2/4", KAJA_1D + "=2/4");
    // A key that goes up and back down within one commit is written once, with its (unchanged) count.
    assertThat(commit("PERSON|Kaja Kallas|1|1", "PERSON|Kaja Kallas|-1|-1"))
        .containsExactlyInAnyOrder(KAJA_1H + "=2/4", KAJA_1D + "=2/4");
  }

  @Test
  void theOrderOfOutputFollowsNoPageButEachKeyIsWrittenOnce() {
    List<String> keys = commit("PERSON|A|1|1,PERSON|B|1|1", "PERSON|B|1|1,PERSON|C|1|1", "PERSON|A|1|1")
        .stream().map(s -> s.substring(0, s.indexOf('='))).toList();
    assertThat(keys).doesNotHaveDuplicates().hasSize(6);
    assertThat(Arrays.asList("1h", "1d")).allMatch(w -> keys.stream().filter(k -> k.startsWith(w + "|")).count() == 3);
  }
}
