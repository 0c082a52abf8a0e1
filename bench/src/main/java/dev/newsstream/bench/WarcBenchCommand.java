package dev.newsstream.bench;

import dev.newsstream.kafka.LocalKafkaBroker;
import dev.newsstream.producer.ProduceCommand;
import dev.newsstream.producer.feed.FeedFormat;
import dev.newsstream.producer.feed.FeedItem;
import dev.newsstream.producer.feed.PageFeed;
import dev.newsstream.producer.feed.RawPageFactory;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code bench warc}: crawl-archive throughput of {@code produce}. Generates a Common-Crawl-shaped WARC.gz
 * ({@link CrawlArchiveGenerator}), reads it once without Kafka (archive reading, decompression, HTTP decoding and
 * page checks alone), then pushes it through the real {@code produce} command to a broker, in the same run.
 */
@Command(name = "warc", header = "Throughput of 'produce' on a Common-Crawl-shaped WARC.gz, reading alone and to the broker.",
    mixinStandardHelpOptions = true, usageHelpWidth = 116,
    description = {"Throughput of 'produce' on a Common-Crawl-shaped WARC.gz (request, response and metadata",
        "records, one gzip member each, written with jwarc). Prints pages/s for reading the archive alone and for",
        "produce to the broker. Starts a local single-node broker unless --bootstrap-servers is given."})
public final class WarcBenchCommand implements Callable<Integer> {
  @Option(names = {"-n", "--responses"}, defaultValue = "10000",
      description = "Response records to generate (default ${DEFAULT-VALUE}).")
  int responses;

  @Option(names = "--file", paramLabel = "WARC", description = "Use this archive instead of generating one.")
  Path file;

  @Option(names = "--keep", description = "Keep the generated archive (its path is printed).")
  boolean keep;

  @Option(names = {"-b", "--bootstrap-servers"}, description = "Use this cluster instead of a local broker.")
  String bootstrapServers;

  @Option(names = "--partitions", defaultValue = "3", description = "Partitions of the raw topic (default ${DEFAULT-VALUE}).")
  int partitions;

  @Option(names = "--seed", defaultValue = "17", description = "Generator seed (default ${DEFAULT-VALUE}).")
  long seed;

  @Override
  public Integer call() throws IOException {
    Path archive = file;
    Path tmp = null;
    if (archive == null) {
      tmp = Files.createTempDirectory("bench-warc");
      archive = tmp.resolve("crawl-bench.warc.gz");
      long t0 = System.nanoTime();
      CrawlArchiveGenerator.Written w = CrawlArchiveGenerator.write(archive, responses, seed);
      System.out.printf(Locale.ROOT, "generated %s: %,d responses (%,d HTML 200, %,d redirects, %,d other types) "
              + "+ as many request and metadata records, %,.1f MB, in %.1f s%n", archive, w.responses(), w.htmlPages(),
          w.redirects(), w.otherTypes(), w.bytes() / 1e6, (System.nanoTime() - t0) / 1e9);
    }
    try {
      System.out.printf(Locale.ROOT, "load average before: %s (this machine's cores: %d)%n", loadAverage(),
          Runtime.getRuntime().availableProcessors());
      readOnly(archive); // warm-up: JIT, page cache
      ReadPass read = readOnly(archive);
      System.out.printf(Locale.ROOT, "read only (no Kafka):   %,d pages in %.2f s = %,.0f pages/s wall; %.2f CPU s = "
              + "%,.0f pages per CPU-second (%,.1f MB/s of archive)%n", read.pages(), read.seconds(),
          read.pages() / read.seconds(), read.cpuSeconds(), read.pages() / read.cpuSeconds(),
          Files.size(archive) / 1e6 / read.seconds());
      LocalKafkaBroker broker = null;
      try {
        String bootstrap = bootstrapServers;
        String topic = "bench.warc." + System.currentTimeMillis();
        if (bootstrap == null) {
          broker = LocalKafkaBroker.start();
          bootstrap = broker.bootstrapServers();
          broker.createTopics(partitions, topic + ".cold", topic);
        }
        // Twice in one JVM: the first pass pays class loading and JIT of the Kafka client, Avro and zstd paths
        // (a one-off per process); the second shows the rate a long archive runs at.
        produceOnce(archive, bootstrap, topic + ".cold", broker != null, "cold (first run in this JVM)");
        long sent = produceOnce(archive, bootstrap, topic, broker != null, "warm (second run)");
        System.out.printf(Locale.ROOT, "load average after: %s%n", loadAverage());
        return sent == read.pages() ? 0 : 1;
      } finally {
        if (broker != null) {
          broker.close();
        }
      }
    } finally {
      if (tmp != null && !keep) {
        Files.deleteIfExists(archive);
        Files.deleteIfExists(tmp);
      }
    }
  }

  /** One produce run of the archive to {@code topic}; prints wall and CPU figures; returns pages acknowledged. */
  private static long produceOnce(Path archive, String bootstrap, String topic, boolean localBroker, String label) {
    ProduceCommand produce = new ProduceCommand();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PrintStream stdout = System.out;
    java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
    long t0 = System.nanoTime();
    long cpu0 = processCpuNanos();
    long mainCpu0 = threads.getCurrentThreadCpuTime();
    long brokerCpu0 = childrenCpuNanos();
    int rc;
    try {
      System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
      rc = new CommandLine(produce).execute("-b", bootstrap, "-t", topic, "-q", archive.toString());
    } finally {
      System.setOut(stdout);
    }
    double seconds = (System.nanoTime() - t0) / 1e9;
    double cpu = (processCpuNanos() - cpu0) / 1e9;
    double mainCpu = (threads.getCurrentThreadCpuTime() - mainCpu0) / 1e9;
    double brokerCpu = (childrenCpuNanos() - brokerCpu0) / 1e9;
    long sent = Math.max(produce.lastSentCount(), 1);
    System.out.printf("%s: %s", label, out.toString(StandardCharsets.UTF_8));
    System.out.printf(Locale.ROOT, "produce to the broker, %s: %,d pages acknowledged in %.2f s = %,.0f pages/s "
        + "wall (exit %d; includes producer start-up and the final flush)%n", label, produce.lastSentCount(), seconds,
        produce.lastSentCount() / seconds, rc);
    System.out.printf(Locale.ROOT, "  CPU: produce JVM %.2f s (%.3f ms/page; of which the reading/sending thread %.3f, "
            + "the rest Kafka's sender thread, GC and JIT), broker %.2f s (%.3f ms/page)%s; "
            + "%,.0f pages per CPU-second of both%n", cpu, 1000 * cpu / sent, 1000 * mainCpu / sent, brokerCpu,
        1000 * brokerCpu / sent, localBroker ? "" : " (remote broker: not measured)", sent / (cpu + brokerCpu));
    return produce.lastSentCount();
  }

  record ReadPass(long pages, double seconds, double cpuSeconds) {}

  /** Every record read, decoded and checked as produce does, without sending (one thread). */
  static ReadPass readOnly(Path archive) throws IOException {
    java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
    long cpu0 = threads.getCurrentThreadCpuTime();
    long t0 = System.nanoTime();
    long pages = 0;
    try (PageFeed feed = FeedFormat.AUTO.open(archive, null, new RawPageFactory("bench", 5 * 1024 * 1024))) {
      while (feed.hasNext()) {
        if (feed.next() instanceof FeedItem.Page) {
          pages++;
        }
      }
    }
    return new ReadPass(pages, (System.nanoTime() - t0) / 1e9, (threads.getCurrentThreadCpuTime() - cpu0) / 1e9);
  }

  /** CPU time of this JVM, all threads (the producer's sender thread included). */
  static long processCpuNanos() {
    return java.lang.management.ManagementFactory.getOperatingSystemMXBean()
        instanceof com.sun.management.OperatingSystemMXBean os ? os.getProcessCpuTime() : 0;
  }

  /** CPU time of the processes this JVM started: the local broker. */
  static long childrenCpuNanos() {
    return ProcessHandle.current().descendants().mapToLong(p -> p.info().totalCpuDuration()
        .map(java.time.Duration::toNanos).orElse(0L)).sum();
  }

  /** The 1, 5 and 15 minute load averages (Linux), to judge how shared the cores were. */
  static String loadAverage() {
    try {
      String[] parts = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
      return parts[0] + " " + parts[1] + " " + parts[2];
    } catch (IOException | RuntimeException e) {
      return "unknown";
    }
  }
}
