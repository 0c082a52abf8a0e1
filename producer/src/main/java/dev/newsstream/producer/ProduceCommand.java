package dev.newsstream.producer;

import dev.newsstream.config.ConfigSource.ConfigException;
import dev.newsstream.schema.RawPage;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code produce}: push pages from files, directories or stdin to the raw topic. */
@Command(name = "produce", mixinStandardHelpOptions = true,
    description = {
        "Reads scraped pages and produces them to the raw topic, keyed by canonical URL.",
        "A page is either our crawler's text dump (first line 'date YYYY-MM-DD URL') or HTML (URL taken from",
        "<link rel=canonical> or og:url, else --url). Directories are read recursively; '-' reads one page from stdin.",
        "The producer is idempotent (acks=all) and compresses with zstd; exit code 1 if any page failed."},
    footer = {"", "Settings come from --config, then NEWSSTREAM_* environment variables (e.g. NEWSSTREAM_BOOTSTRAP_SERVERS),",
        "then flags. Any Kafka client setting can be given as kafka.<name> (e.g. kafka.security.protocol=SASL_SSL)."})
public final class ProduceCommand implements Callable<Integer> {
  private long lastSentCount;

  @Parameters(paramLabel = "PATH", arity = "1..*", description = "Page files, directories, or '-' for stdin.")
  List<String> paths = new ArrayList<>();

  @Option(names = {"-b", "--bootstrap-servers"}, description = "Kafka bootstrap servers (default: localhost:9092).")
  String bootstrapServers;

  @Option(names = {"-t", "--topic"}, description = "Raw topic (default: pages.raw).")
  String topic;

  @Option(names = "--url", description = "URL for pages that declare none (HTML without canonical link, stdin).")
  String url;

  @Option(names = "--source", description = "Crawler/feed id recorded on each page (default: file).")
  String source;

  @Option(names = {"-c", "--config"}, description = "Properties file with settings.")
  Path config;

  @Option(names = {"-q", "--quiet"}, description = "No progress output, only the summary.")
  boolean quiet;

  @Option(names = "--checkpoint", paramLabel = "FILE", description = {"Record acknowledged pages in FILE (rewritten "
      + "atomically as acks arrive) and skip pages it lists: a rerun after a crash neither resends nor skips pages.",
      "A page file is identified by path, size and modification time."})
  Path checkpointFile;

  /** Test hook: simulate a crash after this many pages (flushes, then stops without sending the rest). */
  @Option(names = "--abort-after", hidden = true)
  int abortAfter = -1;

  @Override
  public Integer call() {
    PrintStream out = System.out;
    PrintStream err = System.err;
    Map<String, String> flags = new HashMap<>();
    flags.put(ProducerSettings.BOOTSTRAP_SERVERS, bootstrapServers);
    flags.put(ProducerSettings.TOPIC, topic);
    flags.put(ProducerSettings.SOURCE, source);
    ProducerSettings settings;
    List<Path> files;
    try {
      settings = ProducerSettings.load(config, System.getenv(), flags);
      List<Path> fileArgs = new ArrayList<>();
      for (String p : paths) {
        if (!p.equals("-")) {
          fileArgs.add(Path.of(p));
        }
      }
      files = PageInputs.expand(fileArgs);
    } catch (ConfigException | IllegalArgumentException e) {
      err.println("error: " + e.getMessage());
      return 2;
    }
    boolean stdin = paths.contains("-");
    int total = files.size() + (stdin ? 1 : 0);
    long started = System.nanoTime();
    Progress progress = new Progress(err, total, quiet);
    ProduceCheckpoint checkpoint = checkpointFile == null ? null : ProduceCheckpoint.open(checkpointFile);
    int skipped = 0;
    int attempted = 0;
    try (PageProducer producer = new PageProducer(settings)) {
      for (Path file : files) {
        String identity = checkpoint == null ? null : ProduceCheckpoint.identity(file);
        if (checkpoint != null && checkpoint.isAcked(identity)) {
          skipped++;
          continue;
        }
        if (attempted++ == abortAfter) {
          producer.flush();
          if (checkpoint != null) {
            checkpoint.close();
          }
          err.println("aborted after " + abortAfter + " pages (test hook)");
          return 3;
        }
        Runnable onAck = checkpoint == null ? () -> { } : () -> checkpoint.markAcked(identity);
        sendOne(producer, file.toString(), () -> Files.readAllBytes(file), settings, Map.of("x-source-file", file.toString()),
            onAck);
        progress.tick(producer.acked(), producer.failures().size());
      }
      if (stdin) {
        sendOne(producer, "<stdin>", () -> System.in.readAllBytes(), settings, Map.of(), () -> { });
      }
      producer.flush();
      if (checkpoint != null) {
        checkpoint.close();
      }
      progress.done();
      double seconds = (System.nanoTime() - started) / 1e9;
      List<PageProducer.Failure> failures = producer.failures();
      lastSentCount = producer.acked();
      out.printf("Sent %d of %d pages (%,d bytes) to %s at %s in %.1f s; %d failed.%n",
          producer.acked(), total - skipped, producer.ackedBytes(), settings.topic(), settings.bootstrapServers(), seconds,
          failures.size());
      if (checkpoint != null) {
        out.printf("Checkpoint %s: %d pages acknowledged in total; %d skipped as already acknowledged.%n",
            checkpointFile, checkpoint.size(), skipped);
      }
      for (PageProducer.Failure f : failures) {
        out.printf("  FAILED %s: %s%n", f.page(), f.reason());
      }
      return failures.isEmpty() ? 0 : 1;
    }
  }

  /** Pages acknowledged by the broker in the last {@link #call()}. */
  public long lastSentCount() {
    return lastSentCount;
  }

  private interface BytesSupplier {
    byte[] get() throws IOException;
  }

  private void sendOne(PageProducer producer, String name, BytesSupplier bytes, ProducerSettings settings,
      Map<String, String> headers, Runnable onAck) {
    try {
      byte[] body = bytes.get();
      if (body.length > settings.maxPageBytes()) {
        producer.recordFailure(name, "page too large: " + body.length + " bytes > max.page.bytes " + settings.maxPageBytes());
        return;
      }
      RawPage page = producer.toRawPage(body, url, headers);
      producer.send(name, page, onAck);
    } catch (IOException e) {
      producer.recordFailure(name, "unreadable: " + e.getMessage());
    } catch (IllegalArgumentException e) {
      producer.recordFailure(name, e.getMessage());
    }
  }

  /** Progress on stderr, at most once a second, so long runs show life without flooding the terminal. */
  private static final class Progress {
    private final PrintStream err;
    private final int total;
    private final boolean quiet;
    private long lastPrint = System.nanoTime();

    Progress(PrintStream err, int total, boolean quiet) {
      this.err = err;
      this.total = total;
      this.quiet = quiet;
    }

    void tick(long acked, int failed) {
      long now = System.nanoTime();
      if (!quiet && now - lastPrint > 1_000_000_000L) {
        err.printf("\rsent %d/%d pages, %d failed", acked, total, failed);
        lastPrint = now;
      }
    }

    void done() {
      if (!quiet && total > 0) {
        err.print("\r");
      }
    }
  }
}
