package dev.newsstream.streams.lag;

import dev.newsstream.config.ConfigSource.ConfigException;
import dev.newsstream.streams.config.StreamsAppConfig;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code lag}: consumer lag in records and seconds, and a Burrow-style status, for one or more groups. */
@Command(name = "lag", header = "Consumer lag per topic-partition in records and seconds, and a status per group (Burrow's rules).",
    mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Consumer lag per topic-partition: end offset, committed offset, lag in records",
        "and in seconds (age of the oldest unconsumed record, else interpolated from",
        "the offset history), and a status per group from Burrow's rules over a",
        "sliding window of observations:",
        "  OK     caught up in the window, or the lag is going down",
        "  WARN   consuming, but the lag never went down in the window (too slow)",
        "  STALL  members present, committed offset not moving, lag > 0",
        "  STOP   no active member and lag > 0",
        "  ERR    committed offset went backwards, or the group is unreadable",
        "         or has no committed offsets",
        "One look gives OK/STOP/ERR only; --watch (and --count) add the progress rules.",
        "Exit code: 1 when the worst status is at or above --fail-on, 2 on bad",
        "settings, else 0. Settings as for run: --config FILE, NEWSSTREAM_* env vars,",
        "flags; kafka.<name> passes client settings (security...)."})
public final class LagCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(names = {"-c", "--config"}, description = "Properties file.")
  Path config;

  @Option(names = {"-b", "--bootstrap-servers"}, description = "Kafka bootstrap servers (default localhost:9092).")
  String bootstrapServers;

  @Option(names = "--application-id", description = "The streams app's application.id: the default group.")
  String applicationId;

  @Option(names = {"-g", "--group"}, paramLabel = "GROUP",
      description = "Group to check; repeat for several (default: the streams app's application.id).")
  List<String> groups = new ArrayList<>();

  @Option(names = "--json", description = "One JSON document per observation instead of a table.")
  boolean json;

  @Option(names = "--watch", paramLabel = "SECONDS", defaultValue = "0",
      description = "Observe again every SECONDS until stopped (or --count); 0 = once (default).")
  int watchSeconds;

  @Option(names = "--count", paramLabel = "N", description = "Stop after N observations (default: 1, or endless with --watch).")
  Integer count;

  @Option(names = "--window", paramLabel = "N", defaultValue = "10",
      description = "Observations per partition that the status rules look at (default ${DEFAULT-VALUE}, as Burrow).")
  int window;

  @Option(names = "--fail-on", paramLabel = "STATUS", defaultValue = "WARN",
      description = "Exit 1 when the worst status is at or above this: OK, WARN, STALL, STOP, ERR (default ${DEFAULT-VALUE}).")
  String failOn;

  @Option(names = "--record-timeout", paramLabel = "MS", defaultValue = "3000",
      description = "Time to read the oldest unconsumed records for lag in seconds (default ${DEFAULT-VALUE} ms).")
  long recordTimeoutMs;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    LagStatus threshold;
    StreamsAppConfig cfg;
    try {
      threshold = LagStatus.parse(failOn);
      if (watchSeconds < 0 || (count != null && count < 1) || window < 1 || recordTimeoutMs < 0) {
        throw new IllegalArgumentException("--watch, --record-timeout must be >= 0; --count, --window >= 1");
      }
      Map<String, String> flags = new HashMap<>();
      flags.put("bootstrap.servers", bootstrapServers);
      flags.put("application.id", applicationId);
      cfg = StreamsAppConfig.load(config, System.getenv(), flags);
    } catch (ConfigException | IllegalArgumentException e) {
      err.println("error: " + e.getMessage());
      return 2;
    }
    List<String> targets = new ArrayList<>(new LinkedHashSet<>(groups.isEmpty() ? List.of(cfg.applicationId()) : groups));
    int observations = count != null ? count : (watchSeconds == 0 ? 1 : Integer.MAX_VALUE);
    LagTracker tracker = new LagTracker(window);
    LagStatus worst = LagStatus.OK;
    // Before any client: one pointed at an HTTP port dies of OutOfMemoryError reading the reply as a frame size.
    java.util.Optional<String> notKafka = dev.newsstream.config.KafkaProtocolProbe.notKafka(cfg.bootstrapServers(),
        LagProbe.clientProperties(cfg), dev.newsstream.config.KafkaProtocolProbe.DEFAULT_TIMEOUT);
    if (notKafka.isPresent()) {
      err.println("error: " + notKafka.get());
      return 2;
    }
    try (LagProbe probe = new LagProbe(LagProbe.clientProperties(cfg), Duration.ofMillis(recordTimeoutMs))) {
      for (int i = 0; i < observations; i++) {
        if (i > 0) {
          Thread.sleep(Math.max(1, watchSeconds) * 1000L);
        }
        List<GroupLag> results = probeSayingWhenSlow(probe, targets, i == 0 ? err : null).stream()
            .map(tracker::record).toList();
        worst = LagReport.worst(results);
        long at = results.stream().mapToLong(GroupLag::atMs).max().orElse(System.currentTimeMillis());
        if (json) {
          out.println(LagReport.json(results, at));
        } else {
          if (observations > 1) {
            out.println("── " + Instant.ofEpochMilli(at));
          }
          out.print(LagReport.table(results));
        }
        out.flush();
      }
    }
    return worst.atLeast(threshold) ? 1 : 0;
  }

  /** A cluster that answers at all answers within this; past it, the wait is said on stderr. */
  static final Duration SLOW_ANSWER = Duration.ofSeconds(5);

  /**
   * One probe; when {@code err} is given and no answer came within {@link #SLOW_ANSWER}, one line says what is
   * waited for and how long at most, so an unreachable address is not 15 s of silence.
   */
  private static List<GroupSnapshot> probeSayingWhenSlow(LagProbe probe, List<String> targets, PrintWriter err) {
    if (err == null) {
      return probe.probe(targets);
    }
    java.util.Timer timer = new java.util.Timer("lag-wait-note", true);
    timer.schedule(new java.util.TimerTask() {
      @Override
      public void run() {
        err.println("waiting for the cluster at " + probe.bootstrap() + " (up to " + probe.requestTimeout().toSeconds()
            + " s)…");
        err.flush();
      }
    }, SLOW_ANSWER.toMillis());
    try {
      return probe.probe(targets);
    } finally {
      timer.cancel();
    }
  }
}
