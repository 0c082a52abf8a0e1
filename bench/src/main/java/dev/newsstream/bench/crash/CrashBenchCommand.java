package dev.newsstream.bench.crash;

import dev.newsstream.kafka.LocalKafkaBroker;
import dev.newsstream.bench.crash.CrashTestHarness;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code bench crash}: the exactly-once crash test at any size, on a local broker or a given cluster. */
@Command(name = "crash", header = "Exactly-once under kill -9: every page gets exactly one outcome while instances are killed.",
    mixinStandardHelpOptions = true,
    description = {"Exactly-once under kill -9. Produces N varied pages (articles, exact re-sends,",
        "non-Avro records, binary, empty and navigation pages) while two topology JVMs",
        "(same application.id, exactly_once_v2) process them; kills one at random",
        "moments and restarts it; then checks, read_committed, that every page has",
        "exactly one outcome (clean / update / duplicate notice / rejected) and no",
        "article id is twice among first versions; and that the entity counts on the",
        "trends topic equal a recount of the final articles.clean (no delta doubled or lost).",
        "Exit code 0 when the promise held, 1 with the list of violations otherwise."})
public final class CrashBenchCommand implements Callable<Integer> {
  @Option(names = "--pages", defaultValue = "10000", description = "Pages to produce (default ${DEFAULT-VALUE}).")
  int pages;

  @Option(names = "--kills", defaultValue = "5", description = "kill -9s, each 0.5-3 s into a chunk of pages (default ${DEFAULT-VALUE}).")
  int kills;

  @Option(names = "--partitions", defaultValue = "3", description = "Partitions of the raw topic (default ${DEFAULT-VALUE}).")
  int partitions;

  @Option(names = "--seed", defaultValue = "42", description = "Random seed for pages and kill moments (default ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--timeout", defaultValue = "PT15M", description = "Wait at most this long for all outcomes after the last kill (default ${DEFAULT-VALUE}).")
  Duration timeout;

  @Option(names = {"-b", "--bootstrap-servers"}, description = "Use this cluster instead of starting a local broker.")
  String bootstrapServers;

  @Override
  public Integer call() throws Exception {
    Path work = Files.createTempDirectory("newsstream-crash-");
    CrashTestHarness.Options options = new CrashTestHarness.Options(pages, kills, partitions, seed, timeout);
    CrashTestHarness.Result result;
    if (bootstrapServers != null) {
      result = CrashTestHarness.run(bootstrapServers, work, options, System.err);
    } else {
      System.err.println("starting a local Kafka broker…");
      try (LocalKafkaBroker broker = LocalKafkaBroker.start()) {
        result = CrashTestHarness.run(broker.bootstrapServers(), work, options, System.err);
      }
    }
    System.out.println("crash test: " + result.summary());
    result.violations().stream().limit(50).forEach(v -> System.out.println("  VIOLATION " + v));
    System.out.println("instance logs: " + work);
    return result.violations().isEmpty() ? 0 : 1;
  }
}
