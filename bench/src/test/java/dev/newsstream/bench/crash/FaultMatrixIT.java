package dev.newsstream.bench.crash;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsstream.kafka.LocalKafkaBroker;
import dev.newsstream.streams.ArticleTopology;
import dev.newsstream.streams.cli.TopicSetup;
import dev.newsstream.streams.config.StreamsAppConfig;
import dev.newsstream.streams.cli.OutputReader;
import dev.newsstream.streams.serde.EventSerdes;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The fault matrix on a real broker: a topology instance JVM (exactly-once, at the documented minimum heap) takes
 * the crash test's varied pages while a fault happens between two halves of the input. Each case ends with every
 * raw page having exactly one outcome (clean, update, duplicate notice or rejected) and no article id twice among
 * first versions ({@link OutcomeLedger}), and the instance still alive. The fourth case of issue 18, the schema
 * registry unreachable for 60 s, is not here: these instances run the plain-Avro topology without a registry.
 */
class FaultMatrixIT {
  private static final int PAGES = 240;

  /** One run: its broker (restartable on the same port and data), topics, pages, instance. */
  private static final class Run implements AutoCloseable {
    final Path work;
    final Path brokerData;
    final int port;
    LocalKafkaBroker broker;
    final Properties settings;
    final StreamsAppConfig cfg;
    final List<CrashPages.Input> inputs;
    final InstanceProcess instance;

    Run(Path work, long seed) throws Exception {
      this.work = work;
      this.brokerData = work.resolve("broker");
      this.port = freePort();
      startBroker();
      String runId = "fm" + Long.toHexString(System.nanoTime() & 0xffff);
      settings = CrashTestHarness.instanceSettings(broker.bootstrapServers(), runId);
      cfg = StreamsAppConfig.from(settings);
      TopicSetup.create(cfg, 3);
      inputs = new CrashPages(seed, runId).generate(PAGES);
      instance = new InstanceProcess("A", work, settings);
      instance.start();
      instance.awaitReady(180_000);
    }

    void startBroker() {
      broker = LocalKafkaBroker.builder().dataDir(brokerData).port(port).start();
    }

    void send(int from, int to) throws Exception {
      try (KafkaProducer<String, byte[]> producer = CrashTestHarness.producer(cfg)) {
        CrashTestHarness.send(producer, cfg, inputs.subList(from, to));
      }
    }

    /** Reads every outcome (waiting up to 4 minutes for all) and returns the ledger's violations. */
    List<String> verdict(String faultCase) {
      OutcomeLedger ledger = new OutcomeLedger(inputs);
      EventSerdes serdes = EventSerdes.plainAvro();
      try (OutputReader reader = new OutputReader(cfg, serdes)) {
        reader.readUntil(inputs.size(), Duration.ofMinutes(4));
        reader.readUntil(Integer.MAX_VALUE, Duration.ofSeconds(5)); // extra copies would arrive late
        reader.articles().forEach(r -> ledger.article(r.value()));
        reader.duplicates().forEach(r -> ledger.duplicate(r.value()));
        reader.rejected().forEach(r -> ledger.rejected(r.value()));
      }
      boolean dedupStage = ArticleTopology.build(cfg, EventSerdes.plainAvro()).describe().toString()
          .contains(cfg.topics().duplicates());
      System.out.println("fault matrix, " + faultCase + ": " + ledger.counts());
      return ledger.violations(dedupStage);
    }

    @Override
    public void close() throws Exception {
      instance.stop();
      broker.close();
    }
  }

  @Test
  void brokerRestartedMidRun(@TempDir Path work) throws Exception {
    try (Run run = new Run(work, 181L)) {
      run.send(0, PAGES / 2);
      Thread.sleep(2000);
      run.broker.close();
      Thread.sleep(5000);
      run.startBroker();
      run.send(PAGES / 2, PAGES);
      assertThat(run.verdict("broker restarted")).isEmpty();
      assertThat(run.instance.isAlive()).as(run.instance.logTail()).isTrue();
    }
  }

  @Test
  void stateDirDeletedWhileTheInstanceIsDown(@TempDir Path work) throws Exception {
    try (Run run = new Run(work, 182L)) {
      run.send(0, PAGES / 2);
      Thread.sleep(8000);
      run.instance.stop();
      deleteRecursively(run.instance.stateDir());
      run.instance.start();
      run.instance.awaitReady(180_000);
      // The second half re-sends pages of the first: the dedup stores must have been restored to recognise them.
      run.send(PAGES / 2, PAGES);
      assertThat(run.verdict("state dir deleted")).isEmpty();
      assertThat(run.instance.isAlive()).as(run.instance.logTail()).isTrue();
    }
  }

  @Test
  void sigtermWhileTheBrokerIsUnreachableExitsWithin30Seconds(@TempDir Path work) throws Exception {
    try (Run run = new Run(work, 183L)) {
      run.send(0, PAGES / 2);
      Thread.sleep(3000);
      run.broker.close();
      long t0 = System.nanoTime();
      run.instance.stop(); // SIGTERM; forcibly killed only after 30 s
      long millis = (System.nanoTime() - t0) / 1_000_000;
      System.out.println("fault matrix: SIGTERM with the broker down: exited in " + millis + " ms");
      assertThat(millis).as(run.instance.logTail()).isLessThan(30_000);
      run.startBroker();
      run.instance.start();
      // Longer than elsewhere: in one of two runs on a loaded 2-core box, the restarted instance spent minutes in
      // 60 s offset-fetch timeouts (TaskCorruptedException, tasks re-initialised) before RUNNING.
      run.instance.awaitReady(360_000);
      run.send(PAGES / 2, PAGES);
      assertThat(run.verdict("SIGTERM with the broker down")).isEmpty();
    }
  }

  private static int freePort() {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void deleteRecursively(Path dir) throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
