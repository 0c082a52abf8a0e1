package dev.newsstream.bench.crash;

import dev.newsstream.streams.ArticleTopology;
import dev.newsstream.streams.cli.TopicSetup;
import dev.newsstream.streams.config.StreamsAppConfig;
import dev.newsstream.streams.cli.OutputReader;
import dev.newsstream.streams.serde.EventSerdes;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.Random;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Exactly-once under crashes, on a real broker: produces N varied pages while two topology instances (separate JVMs,
 * same application.id, exactly_once_v2, own state dirs) process them; kills one with kill -9 at random moments and
 * restarts it; then reads the outputs read_committed and checks the {@link OutcomeLedger}.
 */
public final class CrashTestHarness {
  /**
   * {@code pages} inputs sent in {@code kills + 1} chunks; after each chunk but the last, a kill -9 of a random instance
   * at a random moment (0.5-3 s, from {@code seed}) while the chunk is being processed.
   */
  public record Options(int pages, int kills, int partitions, long seed, Duration settleTimeout) {}

  public record Result(int pages, int kills, double seconds, String counts, boolean dedupStage, List<String> violations) {
    public String summary() {
      return String.format("%d pages, %d kill -9s, %.1f s: %s; dedup stage %s; %s", pages, kills, seconds, counts,
          dedupStage ? "present" : "absent", violations.isEmpty() ? "exactly one outcome per page, no id twice"
              : violations.size() + " VIOLATIONS");
    }
  }

  private CrashTestHarness() {}

  public static Result run(String bootstrapServers, Path workDir, Options o, PrintStream log) throws Exception {
    long started = System.nanoTime();
    String runId = Long.toHexString(o.seed() & 0xffffff) + Long.toHexString(System.nanoTime() & 0xfff);
    Properties settings = instanceSettings(bootstrapServers, runId);
    StreamsAppConfig cfg = StreamsAppConfig.from(settings);
    TopicSetup.create(cfg, o.partitions());
    boolean dedupStage = ArticleTopology.build(cfg, EventSerdes.plainAvro()).describe().toString()
        .contains(cfg.topics().duplicates());

    List<CrashPages.Input> inputs = new CrashPages(o.seed(), runId).generate(o.pages());
    OutcomeLedger ledger = new OutcomeLedger(inputs);
    Random random = new Random(o.seed() * 31 + 7);
    List<InstanceProcess> instances = List.of(new InstanceProcess("A", workDir, settings),
        new InstanceProcess("B", workDir, settings));
    instances.forEach(InstanceProcess::start);
    for (InstanceProcess i : instances) {
      i.awaitReady(180_000);
    }
    log.printf("crash test %s: %d pages onto %d partitions, instances A (pid %d) and B (pid %d)%n", runId,
        o.pages(), o.partitions(), instances.get(0).pid(), instances.get(1).pid());

    EventSerdes serdes = EventSerdes.plainAvro();
    int chunks = o.kills() + 1;
    int sent = 0;
    try (KafkaProducer<String, byte[]> producer = producer(cfg); OutputReader reader = new OutputReader(cfg, serdes)) {
      for (int k = 1; k <= chunks; k++) {
        // Every kill lands while a fresh chunk of pages is in flight: both instances are up and processing.
        for (InstanceProcess i : instances) {
          i.awaitReady(180_000);
        }
        int end = (int) ((long) inputs.size() * k / chunks);
        send(producer, cfg, inputs.subList(sent, end));
        sent = end;
        if (k == chunks) {
          break;
        }
        reader.readUntil(Integer.MAX_VALUE, Duration.ofMillis(500 + random.nextInt(2500)));
        InstanceProcess victim = instances.get(random.nextInt(instances.size()));
        long pid = victim.pid();
        victim.killHard();
        victim.start();
        log.printf("kill -9 %d/%d: instance %s (pid %d) restarted as pid %d; %d sent, %d outcomes read%n", k,
            o.kills(), victim.name(), pid, victim.pid(), sent, reader.total());
      }
      long deadline = System.nanoTime() + o.settleTimeout().toNanos();
      while (reader.total() < inputs.size() && System.nanoTime() < deadline) {
        reader.readUntil(inputs.size(), Duration.ofSeconds(10));
        log.printf("waiting for outcomes: %d/%d%n", reader.total(), inputs.size());
        for (InstanceProcess i : instances) {
          if (!i.isAlive()) {
            throw new IllegalStateException("instance " + i.name() + " died:\n" + i.logTail());
          }
        }
      }
      // Linger: duplicates from a broken exactly-once would arrive after the expected count.
      reader.readUntil(Integer.MAX_VALUE, Duration.ofSeconds(5));
      reader.articles().forEach(r -> ledger.article(r.value()));
      reader.duplicates().forEach(r -> ledger.duplicate(r.value()));
      reader.rejected().forEach(r -> ledger.rejected(r.value()));
    } finally {
      for (InstanceProcess i : instances) {
        i.stop();
      }
    }
    return new Result(o.pages(), o.kills(), (System.nanoTime() - started) / 1e9, ledger.counts(), dedupStage,
        ledger.violations(dedupStage));
  }

  /** Settings of the topology instances of one run: its own application id and topics, exactly-once. */
  static Properties instanceSettings(String bootstrapServers, String runId) {
    Properties settings = StreamsAppConfig.defaults();
    settings.setProperty("bootstrap.servers", bootstrapServers);
    settings.setProperty("application.id", "crash-" + runId);
    settings.setProperty("processing.guarantee", "exactly_once_v2");
    settings.setProperty("replication.factor", "1");
    for (String t : List.of("raw", "clean", "duplicates", "rejected")) {
      settings.setProperty("topic." + t, "crash-" + runId + "." + t);
    }
    settings.setProperty("kafka.errors.dead.letter.queue.topic.name", "crash-" + runId + ".deadletter");
    // A dead instance leaves the group after 6 s (the broker minimum) instead of 45 s.
    settings.setProperty("kafka.consumer.session.timeout.ms", "6000");
    settings.setProperty("kafka.consumer.heartbeat.interval.ms", "1500");
    // Several instances per machine: no fixed metrics port (a case that reads the metrics sets 0, any free port).
    settings.setProperty("metrics.port", "-1");
    return settings;
  }

  static KafkaProducer<String, byte[]> producer(StreamsAppConfig cfg) {
    Properties p = new Properties();
    p.putAll(cfg.kafkaOverrides());
    p.remove("errors.dead.letter.queue.topic.name");
    p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, cfg.bootstrapServers());
    p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
    p.put(ProducerConfig.ACKS_CONFIG, "all");
    p.put(ProducerConfig.LINGER_MS_CONFIG, 10);
    return new KafkaProducer<>(p, new StringSerializer(), new ByteArraySerializer());
  }

  static void send(KafkaProducer<String, byte[]> producer, StreamsAppConfig cfg, List<CrashPages.Input> chunk)
      throws Exception {
    List<java.util.concurrent.Future<?>> acks = new java.util.ArrayList<>(chunk.size());
    for (CrashPages.Input in : chunk) {
      acks.add(producer.send(new ProducerRecord<>(cfg.topics().raw(), in.key(), in.value())));
    }
    producer.flush();
    for (java.util.concurrent.Future<?> ack : acks) {
      ack.get(); // a page that did not reach the broker would void the verdict
    }
  }
}
