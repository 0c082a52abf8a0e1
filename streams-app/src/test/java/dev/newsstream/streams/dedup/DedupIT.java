package dev.newsstream.streams.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsstream.kafka.LocalKafkaBroker;
import dev.newsstream.schema.Article;
import dev.newsstream.schema.DuplicateKind;
import dev.newsstream.schema.DuplicateNotice;
import dev.newsstream.streams.ArticleTopology;
import dev.newsstream.streams.StreamsRunner;
import dev.newsstream.streams.dedup.DedupStories.Story;
import dev.newsstream.streams.cli.TopicSetup;
import dev.newsstream.streams.config.StreamsAppConfig;
import dev.newsstream.streams.cli.OutputReader;
import dev.newsstream.streams.serde.EventSerdes;
import dev.newsstream.url.CanonicalUrl;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.common.utils.Utils;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The dedup stage on a real broker: 2 raw partitions, 3 by-id partitions ({@code dedup.id.partitions}), 2 topology
 * instances (same application.id, own state dirs). Near-duplicates are produced to the other raw partition than their
 * original and get article ids that hash to another by-id partition too, so original and copy are parsed and
 * versioned by different tasks; the band repartition topic must bring them together, and each article's replies
 * must reach the task that holds it. Asserts raw = clean first versions + updates + duplicates + rejected.
 * Then one instance stops and the other, restoring the stores from their changelogs, still finds copies.
 */
class DedupIT {
  private static final Instant T0 = Instant.parse("2025-11-25T06:00:00Z");
  private static final List<String> STORIES = List.of("ukraine-geneva-revised-plan", "ukraine-kremlin-no-information",
      "ecb-holds-rates", "ecb-minutes-split", "storm-landfall", "cop-opening", "cop-finance-draft", "louvre-heist");
  /** dedup.id.partitions: other than the raw topic's 2, so the by-id topics cannot be following the input's count. */
  private static final int ID_PARTITIONS = 3;
  @TempDir Path work;

  @Test
  void everyPageGetsExactlyOneOutcomeAndCopiesOnOtherPartitionsAreFound() throws Exception {
    try (LocalKafkaBroker broker = LocalKafkaBroker.builder().dataDir(work.resolve("kafka")).start()) {
      StreamsAppConfig a = config(broker, "a");
      StreamsAppConfig b = config(broker, "b");
      TopicSetup.create(a, 2);
      EventSerdes serdes = EventSerdes.plainAvro();
      try (StreamsRunner one = StreamsRunner.start(a, ArticleTopology.build(a, serdes));
           StreamsRunner two = StreamsRunner.start(b, ArticleTopology.build(b, serdes));
           OutputReader reader = new OutputReader(a, serdes);
           KafkaProducer<String, byte[]> producer = producer(broker)) {
        one.awaitRunning(Duration.ofSeconds(90));
        two.awaitRunning(Duration.ofSeconds(90));

        // Phase 1: the originals, alternating partitions, and one record that is not a page at all.
        Map<String, String> originalIds = new HashMap<>();
        int sent = 0;
        for (int i = 0; i < STORIES.size(); i++) {
          Story s = TestPages.story(STORIES.get(i));
          String url = "https://www.publisher.example/news/" + s.id();
          originalIds.put(s.id(), CanonicalUrl.of(url).id());
          send(producer, i % 2, url, TestPages.page(url, s, T0.plusSeconds(60L * i)), T0.plusSeconds(60L * i));
          sent++;
        }
        producer.send(new ProducerRecord<>("pages.raw", 0, T0.toEpochMilli(), "garbage", new byte[] {1, 2, 3})).get();
        sent++;
        // Generous timeouts: on a loaded 2-core box two instances, a broker and EOS commits can be slow.
        reader.readUntil(sent, Duration.ofSeconds(300));
        assertThat(reader.total()).as("phase 1 outcomes: %s", outcomeUrls(reader)).isEqualTo(sent);

        // Phase 2: near copies on the other raw partition with ids on the other partition; exact copies,
        // unchanged re-crawls and one update.
        Instant later = T0.plus(Duration.ofHours(2));
        Map<String, String> nearCopyToOriginal = new HashMap<>();
        for (int i = 0; i < STORIES.size(); i++) {
          Story s = TestPages.story(STORIES.get(i));
          String copyUrl = urlOnOtherPartition("https://syndicator.example/wire/" + s.id(), originalIds.get(s.id()));
          nearCopyToOriginal.put(CanonicalUrl.of(copyUrl).id(), originalIds.get(s.id()));
          send(producer, (i + 1) % 2, copyUrl, TestPages.page(copyUrl, "Wire: " + s.headline(), later, later,
              TestPages.syndicated(s)), later.plusSeconds(i));
          sent++;
        }
        for (int i = 0; i < 2; i++) {
          Story s = TestPages.story(STORIES.get(i));
          String exact = "https://aggregator.example/item/" + i;
          send(producer, i % 2, exact, TestPages.page(exact, "Copy", later, later, s.paragraphs()), later.plusSeconds(30));
          String recrawl = "https://www.publisher.example/news/" + s.id() + "?utm_source=feed";
          send(producer, (i + 1) % 2, recrawl, TestPages.page(recrawl, s, T0.plusSeconds(60L * i)), later.plusSeconds(40));
          sent += 2;
        }
        Story updated = TestPages.story(STORIES.get(2));
        List<String> paragraphs = new ArrayList<>(updated.paragraphs());
        paragraphs.add("Updates with comments from the bank's chief economist in the final paragraph.");
        String updateUrl = "https://www.publisher.example/news/" + updated.id();
        send(producer, 1, updateUrl, TestPages.page(updateUrl, updated.headline(), T0, later, paragraphs), later.plusSeconds(50));
        sent++;

        reader.readUntil(sent, Duration.ofSeconds(300));
        assertThat(reader.total()).as("phase 2 outcomes: %s", outcomeUrls(reader)).isEqualTo(sent);
        List<Article> clean = reader.articles().stream().map(ConsumerRecord::value).toList();
        List<DuplicateNotice> duplicates = reader.duplicates().stream().map(ConsumerRecord::value).toList();
        long firstVersions = clean.stream().filter(x -> x.getVersion() == 1).count();
        long updates = clean.stream().filter(x -> x.getVersion() > 1).count();
        assertThat(firstVersions + updates + duplicates.size() + reader.rejected().size())
            .as("raw = clean first versions + updates + duplicates + rejected").isEqualTo(sent);
        assertThat(firstVersions).isEqualTo(STORIES.size());
        assertThat(updates).isEqualTo(1);
        assertThat(reader.rejected()).hasSize(1);

        Map<DuplicateKind, Long> kinds = duplicates.stream()
            .collect(Collectors.groupingBy(DuplicateNotice::getKind, Collectors.counting()));
        assertThat(kinds).isEqualTo(Map.of(DuplicateKind.NEAR_DUPLICATE, (long) STORIES.size(),
            DuplicateKind.SAME_CONTENT, 2L, DuplicateKind.SAME_URL, 2L));
        for (DuplicateNotice d : duplicates) {
          if (d.getKind() == DuplicateKind.NEAR_DUPLICATE) {
            assertThat(d.getDuplicateOf()).as("original of " + d.getUrl()).isEqualTo(nearCopyToOriginal.get(d.getId()));
            assertThat(partitionOf(d.getId(), ID_PARTITIONS)).isNotEqualTo(partitionOf(d.getDuplicateOf(), ID_PARTITIONS));
          }
        }
        assertThat(activeTasks(one)).as("instance one has work").isPositive();
        assertThat(activeTasks(two)).as("instance two has work").isPositive();

        // Phase 3: instance one stops; two takes over its tasks, restoring their stores from the changelogs,
        // and still knows every article.
        int allTasks = activeTasks(one) + activeTasks(two);
        one.close();
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (activeTasks(two) < allTasks || two.streams().state() != org.apache.kafka.streams.KafkaStreams.State.RUNNING) {
          assertThat(System.nanoTime()).as("instance two took over all tasks").isLessThan(deadline);
          Thread.sleep(200);
        }
        int before = reader.total();
        Instant third = later.plus(Duration.ofHours(1));
        for (int i = 0; i < STORIES.size(); i++) {
          Story s = TestPages.story(STORIES.get(i));
          String url = "https://third-site.example/" + s.id();
          List<String> copy = new ArrayList<>(s.paragraphs());
          copy.add("Copyright third site. All rights reserved.");
          send(producer, i % 2, url, TestPages.page(url, s.headline(), third, third, copy), third.plusSeconds(i));
          sent++;
        }
        reader.readUntil(sent, Duration.ofSeconds(300));
        assertThat(reader.total()).as("phase 3 outcomes: %s", outcomeUrls(reader)).isEqualTo(sent);
        assertThat(reader.duplicates().subList(duplicates.size(), reader.duplicates().size()))
            .extracting(r -> r.value().getKind() + " of " + r.value().getDuplicateOf())
            .containsExactlyInAnyOrderElementsOf(STORIES.stream()
                .map(id -> DuplicateKind.NEAR_DUPLICATE + " of " + originalIds.get(id)).toList());
        assertThat(reader.total() - before).isEqualTo(STORIES.size());
      }
      // Both by-id topics (and the URL/decision stores' changelogs) have dedup.id.partitions partitions; a start
      // with another count is refused with the topics named, before Kafka Streams' assignor would fail.
      try (org.apache.kafka.clients.admin.Admin admin = org.apache.kafka.clients.admin.Admin.create(Map.of(
          "bootstrap.servers", broker.bootstrapServers()))) {
        List<String> byId = List.of("dedup-it-dedup-by-id-repartition", "dedup-it-dedup-decide-by-id-repartition",
            "dedup-it-dedup-pending-changelog");
        assertThat(admin.describeTopics(byId).allTopicNames().get().values())
            .extracting(t -> t.partitions().size()).containsOnly(ID_PARTITIONS);
      }
      assertThat(dev.newsstream.streams.cli.IdTopicLayout.check(a)).isNull();
      StreamsAppConfig other = StreamsAppConfig.load(null, Map.of(), Map.of("bootstrap.servers",
          broker.bootstrapServers(), "application.id", "dedup-it", "dedup.id.partitions", "2"));
      assertThat(dev.newsstream.streams.cli.IdTopicLayout.check(other))
          .contains("dedup.id.partitions is 2", "dedup-it-dedup-by-id-repartition=3",
              "dedup-it-dedup-decide-by-id-repartition=3");
    }
  }

  private StreamsAppConfig config(LocalKafkaBroker broker, String instance) {
    return StreamsAppConfig.load(null, Map.of(), Map.of(
        "bootstrap.servers", broker.bootstrapServers(),
        "application.id", "dedup-it",
        "state.dir", work.resolve("state-" + instance).toString(),
        "replication.factor", "1",
        "enrich.enabled", "false", // dedup is under test; loading NER only costs time
        "dedup.id.partitions", String.valueOf(ID_PARTITIONS),
        "kafka.commit.interval.ms", "100",
        // Phase 3: a closed instance does not leave the group (Kafka Streams' choice), so the other one takes its
        // tasks once its session expires: 45 s by default, 6 s (the broker's minimum) here.
        "kafka.consumer.session.timeout.ms", "6000",
        "kafka.consumer.heartbeat.interval.ms", "1500"));
  }

  private static KafkaProducer<String, byte[]> producer(LocalKafkaBroker broker) {
    return new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers(),
        ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true), new StringSerializer(), new ByteArraySerializer());
  }

  private static void send(KafkaProducer<String, byte[]> producer, int partition, String url, byte[] page, Instant at)
      throws Exception {
    producer.send(new ProducerRecord<>("pages.raw", partition, at.toEpochMilli(), CanonicalUrl.of(url).toString(), page)).get();
  }

  /** Partition of a String key on a repartition topic of {@code partitions} (the default partitioner). */
  private static int partitionOf(String key, int partitions) {
    return Utils.toPositive(Utils.murmur2(key.getBytes(StandardCharsets.UTF_8))) % partitions;
  }

  private static String urlOnOtherPartition(String base, String originalId) {
    for (int n = 0; ; n++) {
      String url = base + "-" + n;
      if (partitionOf(CanonicalUrl.of(url).id(), ID_PARTITIONS) != partitionOf(originalId, ID_PARTITIONS)) {
        return url;
      }
    }
  }

  private static List<String> outcomeUrls(OutputReader reader) {
    List<String> urls = new ArrayList<>();
    reader.articles().forEach(r -> urls.add("clean " + r.value().getUrl()));
    reader.duplicates().forEach(r -> urls.add(r.value().getKind() + " " + r.value().getUrl()));
    reader.rejected().forEach(r -> urls.add("rejected " + r.value().getUrl()));
    return urls;
  }

  private static int activeTasks(StreamsRunner runner) {
    return runner.streams().metadataForLocalThreads().stream().mapToInt(t -> t.activeTasks().size()).sum();
  }
}
