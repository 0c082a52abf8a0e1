package dev.newsstream.streams.cli;

import dev.newsstream.schema.Article;
import dev.newsstream.schema.DuplicateNotice;
import dev.newsstream.schema.RejectedPage;
import dev.newsstream.streams.config.StreamsAppConfig;
import dev.newsstream.streams.serde.EventSerdes;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Reads the pipeline's three output topics (read_committed) as a downstream consumer would, collecting
 * outcomes until an expected count is reached or time runs out.
 */
public final class OutputReader implements AutoCloseable {
  private final KafkaConsumer<String, byte[]> consumer;
  private final StreamsAppConfig.Topics topics;
  private final EventSerdes serdes;
  private final List<ConsumerRecord<String, Article>> articles = new ArrayList<>();
  private final List<ConsumerRecord<String, DuplicateNotice>> duplicates = new ArrayList<>();
  private final List<ConsumerRecord<String, RejectedPage>> rejected = new ArrayList<>();
  private final List<String> tombstones = new ArrayList<>();
  /** The clean topic as read: articles and tombstones (null value) in order, so the last per key is its state. */
  private final List<ConsumerRecord<String, Article>> cleanTopic = new ArrayList<>();

  public OutputReader(StreamsAppConfig cfg, EventSerdes serdes) {
    this.topics = cfg.topics();
    this.serdes = serdes;
    Properties p = new Properties();
    p.putAll(cfg.kafkaOverrides());
    p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, cfg.bootstrapServers());
    p.put(ConsumerConfig.GROUP_ID_CONFIG, "newsstream-reader-" + UUID.randomUUID());
    p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    p.put(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, 16 * 1024 * 1024);
    consumer = new KafkaConsumer<>(p, new StringDeserializer(), new ByteArrayDeserializer());
    consumer.subscribe(List.of(topics.clean(), topics.duplicates(), topics.rejected()));
  }

  /** Polls until {@code expected} outcomes in total have been read or {@code timeout} passes. */
  public OutputReader readUntil(int expected, Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (total() < expected && System.nanoTime() < deadline) {
      pollOnce();
    }
    return this;
  }

  /**
   * Polls until every one of {@code pages} pages has its outcome and nothing new came for {@code quiet}, or
   * {@code timeout} passes: the final state. A dedup correction adds a notice and a tombstone for a page that
   * already had its article, so counting records alone stopped before the rest (the original on another partition).
   */
  public OutputReader readSettled(int pages, Duration timeout, Duration quiet) {
    long deadline = System.nanoTime() + timeout.toNanos();
    long lastNews = System.nanoTime();
    while (System.nanoTime() < deadline) {
      if (pollOnce() > 0) {
        lastNews = System.nanoTime();
      } else if (pageOutcomes() >= pages && System.nanoTime() - lastNews >= quiet.toNanos()) {
        break;
      }
    }
    return this;
  }

  /** Outcomes of pages: every record but the tombstones (each comes with a notice for a page already counted). */
  public int pageOutcomes() {
    return total() - tombstones.size();
  }

  private int pollOnce() {
    int n = 0;
    for (ConsumerRecord<String, byte[]> r : consumer.poll(Duration.ofMillis(200))) {
      n++;
      if (r.topic().equals(topics.clean()) && r.value() == null) {
        tombstones.add(r.key()); // a withdrawn article (its correction notice is on the duplicates topic)
        cleanTopic.add(typed(r, (Article) null));
      } else if (r.topic().equals(topics.clean())) {
        articles.add(typed(r, serdes.article().deserializer().deserialize(r.topic(), r.value())));
        cleanTopic.add(articles.get(articles.size() - 1));
      } else if (r.topic().equals(topics.duplicates())) {
        duplicates.add(typed(r, serdes.duplicate().deserializer().deserialize(r.topic(), r.value())));
      } else {
        rejected.add(typed(r, serdes.rejected().deserializer().deserialize(r.topic(), r.value())));
      }
    }
    return n;
  }

  private static <T> ConsumerRecord<String, T> typed(ConsumerRecord<String, byte[]> r, T value) {
    return new ConsumerRecord<>(r.topic(), r.partition(), r.offset(), r.timestamp(), r.timestampType(),
        r.serializedKeySize(), r.serializedValueSize(), r.key(), value, r.headers(), r.leaderEpoch());
  }

  public int total() {
    return articles.size() + duplicates.size() + rejected.size();
  }

  public List<ConsumerRecord<String, Article>> articles() {
    return articles;
  }

  public List<ConsumerRecord<String, DuplicateNotice>> duplicates() {
    return duplicates;
  }

  public List<ConsumerRecord<String, RejectedPage>> rejected() {
    return rejected;
  }

  /**
   * Every record read from the clean topic in order, tombstones as null values: the last one per key is that
   * article's final state (null: withdrawn). {@link #articles()} holds every published version, withdrawn or not.
   */
  public List<ConsumerRecord<String, Article>> cleanTopic() {
    return cleanTopic;
  }

  /** Keys of tombstones read from the clean topic, in order: articles withdrawn by a dedup correction. */
  public List<String> tombstones() {
    return tombstones;
  }

  @Override
  public void close() {
    consumer.close();
  }
}
