package dev.newsstream.cli;

import dev.newsstream.config.ProjectHome;
import dev.newsstream.streams.enrich.NerLanguages;
import dev.newsstream.streams.cli.AnalyticsHttp;
import dev.newsstream.streams.cli.OutputReader;

import dev.newsstream.kafka.LocalKafkaBroker;
import dev.newsstream.producer.PageInputs;
import dev.newsstream.kafka.WorkDirs;
import dev.newsstream.kafka.LocalSchemaRegistry;
import dev.newsstream.producer.ProduceCommand;
import dev.newsstream.streams.ArticleTopology;
import dev.newsstream.streams.StreamsRunner;
import dev.newsstream.streams.cli.TopicSetup;
import dev.newsstream.streams.config.StreamsAppConfig;
import dev.newsstream.streams.metrics.PipelineMetrics;
import dev.newsstream.streams.metrics.Telemetry;
import dev.newsstream.streams.metrics.StoreMetricTags;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import dev.newsstream.streams.serde.EventSerdes;
import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code demo}: the whole pipeline on this machine with nothing installed: starts a real single-node Kafka
 * broker, creates the topics, produces the sample pages, runs the topology, prints the clean articles, stops.
 */
@Command(name = "demo", header = "Runs the whole pipeline on the sample pages with its own local Kafka broker and schema registry.",
    mixinStandardHelpOptions = true,
    description = {"Runs the full pipeline on an embedded, real Apache Kafka broker (KRaft, started as a child JVM)",
        "and a real schema registry (Apicurio, Java 21+ found under /usr/lib/jvm or NEWSSTREAM_REGISTRY_JAVA):",
        "produces the sample pages, runs the topology, prints the resulting events,",
        "then the top entities of the pages (from the app's trends API). Stops cleanly."})
public final class DemoCommand implements Callable<Integer> {
  /** Sample pages are days or years apart: day windows keep the closing table short. */
  private static final String TRENDS_WINDOW = "1d";

  @Parameters(paramLabel = "PATH", arity = "0..*",
      description = "Page files, WARC/ARC archives, JSON-lines files or directories, read as `produce` reads them "
          + "(default: ../shared/samples and ./samples, those that exist).")
  List<Path> inputs = new ArrayList<>();

  @Option(names = "--full", description = "Print whole article bodies, not the first paragraphs.")
  boolean full;

  @Option(names = "--metrics-port", defaultValue = "0",
      description = "Port for /metrics and /health while the demo runs (default ${DEFAULT-VALUE} = any free port; -1 = off).")
  int metricsPort;

  // The first page of each language loads its NER model (~10-40 s, longer on a busy machine): 120 s was too short.
  @Option(names = "--timeout", defaultValue = "300", description = "Seconds to wait for all outcomes; a run that ends"
      + " with some missing says so and exits 1 (default ${DEFAULT-VALUE}).")
  int timeoutSeconds;

  @Override
  public Integer call() throws Exception {
    PrintStream out = System.out;
    List<Path> paths = inputs.isEmpty() ? defaultInputs() : inputs;
    if (paths.isEmpty()) {
      System.err.println("error: no input pages: give paths, or run from the project root with ../shared/samples present");
      return 2;
    }
    // Before the broker and registry (~20 s): a mistyped path is said at once, as produce would say it.
    try {
      if (PageInputs.expand(paths).isEmpty()) {
        System.err.println("error: no files in " + paths);
        return 2;
      }
    } catch (IllegalArgumentException | java.io.UncheckedIOException e) {
      System.err.println("error: " + e.getMessage());
      return 2;
    }
    Path work = Files.createTempDirectory("newsstream-demo-");
    out.println("▶ starting a local Apache Kafka broker (KRaft, single node) and schema registry (Apicurio)…");
    try (LocalKafkaBroker broker = LocalKafkaBroker.builder().dataDir(work.resolve("kafka")).start();
         LocalSchemaRegistry registry = LocalSchemaRegistry.start()) {
      out.println("  broker ready at " + broker.bootstrapServers() + ", registry (Confluent API) at " + registry.url());
      StreamsAppConfig cfg = StreamsAppConfig.load(null, Map.of(), Map.of(
          "schema.registry.url", registry.url(),
          "bootstrap.servers", broker.bootstrapServers(),
          "state.dir", work.resolve("state").toString(),
          "application.id", "newsstream-demo",
          "replication.factor", "1",
          // 0 becomes a real free port: it is also application.server, by which the trends API finds the stores.
          "metrics.port", String.valueOf(metricsPort == 0 ? freePort() : metricsPort),
          // The demo replays archived pages, days or years old and in no particular order: with the default grace
          // (1 day of article time) a page older than one already counted would miss its closed window.
          "analytics.grace", "P3650D",
          // The demo's pages are English: only that model is loaded up front (when the enrich task starts, before
          // it processes a page: a quick start in -Xmx1g); another language's model loads at its first page, under
          // the longer transaction timeout StreamsAppConfig then sets (docs/NER.md, "Loading the models").
          "enrich.preload", "en"));
      TopicSetup.create(cfg, 2);
      out.println("▶ producing pages from " + paths);
      List<String> args = new ArrayList<>(List.of("-b", broker.bootstrapServers(), "-q"));
      paths.forEach(p -> args.add(p.toString()));
      ProduceCommand produce = new ProduceCommand();
      int rc = new CommandLine(produce).execute(args.toArray(String[]::new));
      int sent = (int) produce.lastSentCount();
      if (sent == 0) {
        System.err.println(rc == 0
            ? "error: the inputs held no page to run (every record was skipped; the reasons are above)"
            : "error: no page could be produced (produce exited with code " + rc + "; the failures are above)");
        return 1;
      }
      EventSerdes serdes = EventSerdes.withRegistry(cfg); // outputs in the Confluent wire format
      out.println("▶ running the topology (exactly-once) on " + sent + " page(s)…");
      PrometheusMeterRegistry meters = StoreMetricTags.newRegistry();
      PipelineMetrics metrics = new PipelineMetrics(meters);
      try (StreamsRunner runner = StreamsRunner.start(cfg, ArticleTopology.build(cfg, serdes, metrics));
           Telemetry telemetry = Telemetry.start(cfg, runner.streams(), meters);
           OutputReader reader = new OutputReader(cfg, serdes)) {
        if (telemetry.port() >= 0) {
          out.println("  metrics at http://localhost:" + telemetry.port() + "/metrics, health at /health");
          if (AnalyticsHttp.mount(cfg, runner.streams(), telemetry)) {
            out.println("  trends at http://localhost:" + telemetry.port() + "/trends (JSON: /trends/entities)");
          }
        }
        reader.readSettled(sent, Duration.ofSeconds(timeoutSeconds), Duration.ofSeconds(2));
        out.println();
        ArticlePrinter printer = new ArticlePrinter(out, full);
        // The final state, as a reader of the compacted clean topic sees it: a copy published and then withdrawn
        // by a dedup correction is shown as withdrawn, not as a clean article.
        DemoOutcome outcome = DemoOutcome.of(reader.cleanTopic());
        outcome.clean().forEach(printer::print);
        outcome.withdrawn().forEach(printer::printWithdrawn);
        reader.duplicates().forEach(r -> printer.print(r.value()));
        reader.rejected().forEach(r -> printer.print(r.value()));
        boolean complete = reader.pageOutcomes() >= sent;
        out.printf("%n%s %d page(s) in: %d clean article(s), %d withdrawn after publication, %d duplicate notice(s),"
            + " %d rejected.%n", complete ? "✔" : "✘ INCOMPLETE:", sent, outcome.clean().size(),
            outcome.withdrawn().size(), reader.duplicates().size(), reader.rejected().size());
        out.println("  metrics: " + metrics.summary(sent));
        // In the output, not only as a WARN log line among it: those articles show no entities, and this says why.
        new java.util.TreeMap<>(NerLanguages.offForHeap()).values().forEach(line -> out.println("  note: " + line));
        if (!complete) {
          // Trends of a partial run would claim "no entity" for pages still in flight.
          out.println("  (entity trends not shown: the run is incomplete)");
        } else if (telemetry.port() >= 0 && cfg.analytics().enabled()) {
          DemoTrends.print(out, URI.create("http://localhost:" + telemetry.port()), TRENDS_WINDOW,
              outcome.clean(), Duration.ofSeconds(30));
        } else {
          out.println("  (no entity trends: analytics off, or --metrics-port -1 turned the app's HTTP API off)");
        }
        if (!complete) {
          System.err.printf("error: only %d of %d outcomes arrived within %d s (a busy machine or a slow model load:"
              + " rerun with a longer --timeout)%n", reader.pageOutcomes(), sent, timeoutSeconds);
          return 1;
        }
      }
    } finally {
      WorkDirs.deleteQuietly(work);
    }
    out.println("▶ stopped the topology, the broker and the registry.");
    return 0;
  }

  private static int freePort() throws java.io.IOException {
    try (java.net.ServerSocket s = new java.net.ServerSocket(0)) {
      return s.getLocalPort();
    }
  }

  private static List<Path> defaultInputs() {
    List<Path> out = new ArrayList<>();
    for (String candidate : List.of("../shared/samples", "samples")) {
      Path p = ProjectHome.resolveDefault(Path.of(candidate));
      if (Files.isDirectory(p)) {
        out.add(p);
      }
    }
    return out;
  }
}
