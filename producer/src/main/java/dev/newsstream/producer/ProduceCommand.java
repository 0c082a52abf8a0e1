package dev.newsstream.producer;

import dev.newsstream.config.ConfigSource.ConfigException;
import dev.newsstream.producer.feed.CaptureDigests;
import dev.newsstream.producer.feed.FeedFormat;
import dev.newsstream.producer.feed.FeedItem;
import dev.newsstream.producer.feed.PageFeed;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
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

/** {@code produce}: push pages from files, directories, WARCs, JSON lines or stdin to the raw topic. */
@Command(name = "produce", mixinStandardHelpOptions = true, usageHelpWidth = 116,
    description = {
        "Reads crawled pages and produces them to the raw topic, keyed by canonical URL.",
        "Inputs, chosen by file name, else by content (or forced with --format):",
        "  *.warc[.gz], *.arc[.gz] WARC/ARC records (Heritrix, wget --warc-file, Common Crawl): HTTP 2xx HTML pages",
        "                          are sent with status, headers, charset and WARC-Date; non-HTML responses,",
        "                          3xx/4xx/5xx, revisits and other records are skipped and counted; reading resumes",
        "                          at the next record after a damaged one (see docs/FEEDS.md).",
        "  *.jsonl, *.ndjson[.gz]  one JSON object per line: {\"url\", \"html\" or \"text\", \"fetchedAt\", \"status\",",
        "                          \"headers\", ...}; bad lines are reported with their line number, not fatal.",
        "  other names             an archive if it starts like one (gzipped or not), JSON lines if its first byte",
        "                          is '{', else one page (gunzipped if gzip): our crawler's text dump",
        "                          ('date YYYY-MM-DD URL' first line) or HTML (URL from <link rel=canonical> or",
        "                          og:url, else --url).",
        "Directories are read recursively; '-' reads stdin, told apart by content as 'other names' above.",
        "Progress (pages/s, ETA) goes to stderr once a second; a summary is printed at the end.",
        "The producer is idempotent (acks=all) and compresses with zstd; exit code 1 if any page failed.",
        "Before reading, it checks once (10 s) that Kafka answers and the raw topic exists; exit code 2 if not."},
    footer = {"", "Settings come from --config, then NEWSSTREAM_* environment variables (e.g. NEWSSTREAM_BOOTSTRAP_SERVERS),",
        "then flags. Any Kafka client setting can be given as kafka.<name> (e.g. kafka.security.protocol=SASL_SSL).",
        "For crawlers that push pages over HTTP, see 'newsstream ingest'."})
public final class ProduceCommand implements Callable<Integer> {
  private long lastSentCount;
  private ProduceSummary lastSummary;
  private List<PageProducer.Failure> lastFailures = List.of();

  @Parameters(paramLabel = "PATH", arity = "1..*", description = "Files, directories, or '-' for stdin.")
  List<String> paths = new ArrayList<>();

  @Option(names = {"-b", "--bootstrap-servers"}, description = "Kafka bootstrap servers (default: localhost:9092).")
  String bootstrapServers;

  @Option(names = {"-t", "--topic"}, description = "Raw topic (default: pages.raw).")
  String topic;

  @Option(names = {"-f", "--format"}, defaultValue = "auto",
      description = "auto (by file name, else by content), page, warc or jsonl (default ${DEFAULT-VALUE}).")
  String format;

  @Option(names = "--url", description = "URL for pages that declare none (HTML without canonical link, stdin).")
  String url;

  @Option(names = "--source", description = "Crawler/feed id recorded on each page (default: file).")
  String source;

  @Option(names = {"-c", "--config"}, description = "Properties file with settings.")
  Path config;

  @Option(names = {"-q", "--quiet"}, description = "No progress output, only the summary.")
  boolean quiet;

  @Option(names = "--checkpoint", paramLabel = "FILE", description = {"Record acknowledged input files in FILE "
      + "(rewritten atomically as acks arrive) and skip files it lists: a rerun after a crash neither resends nor "
      + "skips files. A file is identified by path, size and modification time (an edited file is read again); it "
      + "counts as done once every page in it was acknowledged: a file with a failed page is read again on rerun. "
      + "Stdin is not checkpointed."})
  Path checkpointFile;

  /** Test hook: simulate a crash after this many input files (flushes, then stops without sending the rest). */
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
    FeedFormat feedFormat;
    try {
      feedFormat = parseFormat(format);
      settings = ProducerSettings.load(config, System.getenv(), flags);
      List<Path> fileArgs = new ArrayList<>();
      for (String p : paths) {
        if (!p.equals("-")) {
          fileArgs.add(Path.of(p));
        }
      }
      files = PageInputs.expand(fileArgs);
      if (checkpointFile != null) {
        ProduceCheckpoint.checkUsable(checkpointFile);
      }
    } catch (ConfigException | IllegalArgumentException e) {
      err.println("error: " + e.getMessage());
      return 2;
    }
    boolean stdin = paths.contains("-");
    // Once, before any page: else every send() waits max.block.ms (60 s) for metadata, page after page.
    String kafkaProblem = RawTopicCheck.check(settings, false, 0, "create it with 'newsstream run --create-topics'"
        + " (or 'newsstream ingest --create-topic'), or name an existing topic with -t / topic.raw", true);
    if (kafkaProblem != null) {
      err.println("error: " + kafkaProblem);
      return 2;
    }
    long started = System.nanoTime();
    ProduceSummary summary = new ProduceSummary();
    CaptureDigests captures = CaptureDigests.forRun();
    ProgressMeter progress = new ProgressMeter(err, totalSize(files), quiet);
    ProduceCheckpoint checkpoint = checkpointFile == null ? null : ProduceCheckpoint.open(checkpointFile);
    int alreadyDone = 0;
    int attempted = 0;
    try (PageProducer producer = new PageProducer(settings)) {
      long bytesDone = 0;
      for (Path file : files) {
        String identity = checkpoint == null ? null : ProduceCheckpoint.identity(file);
        if (checkpoint != null && checkpoint.isAcked(identity)) {
          alreadyDone++;
          bytesDone += sizeOf(file);
          continue;
        }
        if (attempted++ == abortAfter) {
          producer.flush();
          if (checkpoint != null) {
            checkpoint.close();
          }
          err.println("aborted after " + abortAfter + " input files (test hook)");
          return 3;
        }
        FileAcks acks = new FileAcks(checkpoint, identity);
        try (PageFeed feed = feedFormat.open(file, url, producer.pages(), captures)) {
          drain(feed, producer, summary, progress, bytesDone, acks);
          acks.drained();
        } catch (IOException | UncheckedIOException e) {
          producer.recordFailure(file.toString(), "unreadable: " + e.getMessage());
        }
        bytesDone += sizeOf(file);
      }
      if (stdin) {
        try (PageFeed feed = feedFormat.openStdin(System.in, url, producer.pages())) {
          drain(feed, producer, summary, progress, bytesDone, new FileAcks(null, null));
        } catch (IOException | UncheckedIOException e) {
          producer.recordFailure("<stdin>", "unreadable: " + e.getMessage());
        }
      }
      producer.flush();
      String checkpointError = null;
      if (checkpoint != null) {
        try {
          checkpoint.close();
          out.printf("Checkpoint %s: %d input files acknowledged in total; %d skipped as already done.%n",
              checkpointFile, checkpoint.size(), alreadyDone);
        } catch (UncheckedIOException e) {
          // Checked at start, so rare (disk full, removed directory): the summary below still says what was sent.
          checkpointError = e.getMessage() + ": " + e.getCause().getMessage()
              + "; a rerun with it sends again the files it does not list";
        }
      }
      progress.done();
      lastSentCount = producer.acked();
      lastSummary = summary;
      List<PageProducer.Failure> failures = producer.failures();
      lastFailures = List.copyOf(failures);
      summary.print(out, producer.acked(), producer.ackedBytes(), settings.topic(), settings.bootstrapServers(),
          (System.nanoTime() - started) / 1e9, failures);
      if (checkpointError != null) {
        err.println("error: " + checkpointError);
        return 1;
      }
      return failures.isEmpty() ? 0 : 1;
    }
  }

  /** Sends every page of one feed; skips are counted, bad records become named failures. */
  private static void drain(PageFeed feed, PageProducer producer, ProduceSummary summary, ProgressMeter progress,
      long bytesBefore, FileAcks acks) {
    while (feed.hasNext()) {
      FeedItem item = feed.next();
      if (item instanceof FeedItem.Page page) {
        summary.pageRead();
        acks.sending();
        producer.send(page.name(), page.page(), (metadata, error) -> acks.completed(error == null));
      } else if (item instanceof FeedItem.Skipped skipped) {
        summary.skipped(skipped);
      } else if (item instanceof FeedItem.Warning warning) {
        summary.warning(warning);
      } else if (item instanceof FeedItem.Invalid invalid) {
        summary.pageRead();
        producer.recordFailure(invalid.name(), invalid.error());
        // A page that failed keeps its file out of the checkpoint: a rerun reads it again (fixed or not).
        acks.sending();
        acks.completed(false);
      }
      progress.update(summary.pagesRead(), bytesBefore + feed.position(), producer.failureCount());
    }
  }

  static FeedFormat parseFormat(String value) {
    try {
      return FeedFormat.valueOf(value.strip().toUpperCase(java.util.Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("--format must be auto, page, warc or jsonl, got '" + value + "'");
    }
  }

  private static long totalSize(List<Path> files) {
    return files.stream().mapToLong(ProduceCommand::sizeOf).sum();
  }

  private static long sizeOf(Path file) {
    try {
      return Files.size(file);
    } catch (IOException e) {
      return 0;
    }
  }

  /** Pages acknowledged by the broker in the last {@link #call()}. */
  public long lastSentCount() {
    return lastSentCount;
  }

  /** Pages and records that failed in the last {@link #call()}, with their names and reasons. */
  public List<PageProducer.Failure> lastFailures() {
    return lastFailures;
  }

  /** Counts of the last {@link #call()} (pages read, skipped by reason). */
  public ProduceSummary lastSummary() {
    return lastSummary;
  }

  /**
   * Marks one input file done in the checkpoint once it was read to the end and every page sent from it was
   * acknowledged; a delivery failure or a page that could not be built (bad record, no URL) keeps it out, so a
   * rerun reads it again. Warnings and skips do not.
   */
  private static final class FileAcks {
    private final ProduceCheckpoint checkpoint;
    private final String identity;
    private final java.util.concurrent.atomic.AtomicInteger pending = new java.util.concurrent.atomic.AtomicInteger(1);
    private volatile boolean failed;

    FileAcks(ProduceCheckpoint checkpoint, String identity) {
      this.checkpoint = checkpoint;
      this.identity = identity;
    }

    void sending() {
      pending.incrementAndGet();
    }

    void completed(boolean ok) {
      failed |= !ok;
      release();
    }

    /** The whole file was read: the token held since construction is released. */
    void drained() {
      release();
    }

    private void release() {
      if (pending.decrementAndGet() == 0 && !failed && checkpoint != null) {
        checkpoint.markAcked(identity);
      }
    }
  }
}
