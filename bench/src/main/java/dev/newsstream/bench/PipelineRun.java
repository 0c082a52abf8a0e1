package dev.newsstream.bench;

import dev.newsstream.producer.PageProducer;
import dev.newsstream.producer.ProducerSettings;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * One measured pass: produce pages (as fast as possible, or at a fixed rate) into a raw topic while a topology
 * runs, and consume its outputs read_committed, as a downstream consumer would. Each record carries a run id
 * and its send time (System.nanoTime, same JVM) in headers, which Kafka Streams forwards to the outputs: the
 * difference at consume time is the produce-to-output latency.
 */
final class PipelineRun {
  static final String RUN_HEADER = "newsstream-bench-run";
  static final String SENT_HEADER = "newsstream-bench-sent-nanos";
  private static final long PROGRESS_EVERY_NANOS = 10_000_000_000L;

  /** What one pass measured. {@code outcomes} counts outputs per topic. */
  record Result(String label, int pages, long bytes, double seconds, LatencyStats latency,
      Map<String, Integer> outcomes, boolean complete, long streamThreadCpuNanos) {
    /** CPU the topology's stream threads spent per page: capacity on an idle machine, whatever the load now. */
    double streamCpuMicrosPerPage() {
      return pages == 0 ? 0 : streamThreadCpuNanos / 1000.0 / pages;
    }

    double pagesPerSecond() {
      return pages / seconds;
    }

    double mbPerSecond() {
      return bytes / 1e6 / seconds;
    }
  }

  private final String bootstrap;
  private final Properties clientOverrides;
  private final int maxPageBytes;

  PipelineRun(String bootstrap, Properties clientOverrides, int maxPageBytes) {
    this.bootstrap = bootstrap;
    this.clientOverrides = clientOverrides;
    this.maxPageBytes = maxPageBytes;
  }

  /**
   * Sends {@code values} to {@code rawTopic} ({@code ratePerSecond} 0 = unthrottled) and waits until as many
   * outputs of this run arrived on {@code outTopics}; latency is taken on {@code latencyTopic} only.
   */
  Result run(String label, String rawTopic, List<String> keys, List<byte[]> values, double ratePerSecond,
      List<String> outTopics, String latencyTopic, Duration timeout) throws InterruptedException {
    String runId = UUID.randomUUID().toString();
    byte[] runIdBytes = runId.getBytes(StandardCharsets.UTF_8);
    LatencyStats latency = new LatencyStats();
    Map<String, Integer> outcomes = new ConcurrentHashMap<>();
    AtomicInteger seen = new AtomicInteger();
    AtomicLong lastArrival = new AtomicLong();
    CountDownLatch ready = new CountDownLatch(1);
    CountDownLatch finished = new CountDownLatch(1);
    long deadline = System.nanoTime() + timeout.toNanos();

    long[] nextReport = {System.nanoTime() + PROGRESS_EVERY_NANOS};
    long readerStart = System.nanoTime();
    Thread reader = new Thread(() -> {
      try (KafkaConsumer<byte[], byte[]> consumer = consumer()) {
        consumer.subscribe(outTopics);
        while (seen.get() < values.size() && System.nanoTime() < deadline) {
          var records = consumer.poll(Duration.ofMillis(50));
          long now = System.nanoTime();
          if (now >= nextReport[0]) {
            // A pass can take minutes (NER is ~25 pages/s on one core): show that it moves.
            double secs = (now - readerStart) / 1e9;
            System.err.printf(java.util.Locale.ROOT, "  … %s: %,d of %,d outputs after %.0f s (%.1f/s)%n", label,
                seen.get(), values.size(), secs, seen.get() / secs);
            nextReport[0] = now + PROGRESS_EVERY_NANOS;
          }
          if (ready.getCount() > 0 && !consumer.assignment().isEmpty()) {
            consumer.assignment().forEach(consumer::position); // fixes "latest" before anything is produced
            ready.countDown();
          }
          for (ConsumerRecord<byte[], byte[]> r : records) {
            Header run = r.headers().lastHeader(RUN_HEADER);
            if (run == null || !java.util.Arrays.equals(run.value(), runIdBytes)) {
              continue; // another pass's output
            }
            seen.incrementAndGet();
            lastArrival.set(now);
            outcomes.merge(r.topic(), 1, Integer::sum);
            Header sent = r.headers().lastHeader(SENT_HEADER);
            if (r.topic().equals(latencyTopic) && sent != null) {
              latency.add((now - ByteBuffer.wrap(sent.value()).getLong()) / 1000);
            }
          }
        }
      } finally {
        ready.countDown();
        finished.countDown();
      }
    }, "bench-reader");
    reader.setDaemon(true);
    reader.start();
    if (!ready.await(60, TimeUnit.SECONDS)) {
      throw new IllegalStateException("the output consumer got no partitions within 60 s");
    }

    long cpuBefore = streamThreadCpuNanos();
    long bytes = 0;
    long start;
    try (KafkaProducer<String, byte[]> producer = producer()) {
      start = System.nanoTime();
      for (int i = 0; i < values.size(); i++) {
        if (ratePerSecond > 0) {
          long due = start + (long) (i * 1e9 / ratePerSecond);
          while (System.nanoTime() < due) {
            LockSupport.parkNanos(due - System.nanoTime());
          }
        }
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(rawTopic, keys.get(i), values.get(i));
        record.headers().add(RUN_HEADER, runIdBytes);
        record.headers().add(SENT_HEADER, ByteBuffer.allocate(8).putLong(System.nanoTime()).array());
        producer.send(record);
        bytes += values.get(i).length;
      }
      producer.flush();
    }
    finished.await(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
    boolean complete = seen.get() >= values.size();
    long end = complete ? lastArrival.get() : System.nanoTime();
    return new Result(label, seen.get(), bytes, (end - start) / 1e9, latency, Map.copyOf(outcomes), complete,
        streamThreadCpuNanos() - cpuBefore);
  }

  /** CPU time of this JVM's Kafka Streams threads (their names contain "StreamThread"). */
  static long streamThreadCpuNanos() {
    java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
    long total = 0;
    for (java.lang.management.ThreadInfo t : mx.getThreadInfo(mx.getAllThreadIds())) {
      if (t != null && t.getThreadName().contains("StreamThread")) {
        long cpu = mx.getThreadCpuTime(t.getThreadId());
        total += Math.max(0, cpu);
      }
    }
    return total;
  }

  private KafkaProducer<String, byte[]> producer() {
    Properties p = PageProducer.clientProperties(new ProducerSettings(bootstrap, "unused", "bench", maxPageBytes,
        clientOverrides));
    return new KafkaProducer<>(p, new StringSerializer(), new ByteArraySerializer());
  }

  private KafkaConsumer<byte[], byte[]> consumer() {
    Properties p = new Properties();
    p.putAll(clientOverrides);
    p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
    p.put(ConsumerConfig.GROUP_ID_CONFIG, "newsstream-bench-reader-" + UUID.randomUUID());
    p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "latest");
    p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    p.put(ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, 10);
    p.put(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, 16 * 1024 * 1024);
    return new KafkaConsumer<>(p, new ByteArrayDeserializer(), new ByteArrayDeserializer());
  }
}
