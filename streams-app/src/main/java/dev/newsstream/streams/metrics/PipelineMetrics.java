package dev.newsstream.streams.metrics;

import dev.newsstream.schema.DuplicateKind;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.composite.CompositeMeterRegistry;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The pipeline's own metrics, for every stage to call. Prometheus names (Micrometer adds the suffixes):
 * <ul>
 *   <li>{@code newsstream_pages_in_total}: raw pages read by the parse stage;</li>
 *   <li>{@code newsstream_articles_out_total}: articles written to the clean topic;</li>
 *   <li>{@code newsstream_duplicates_total{kind}}: duplicate notices written, by DuplicateKind;</li>
 *   <li>{@code newsstream_rejected_total{stage,reason}}: rejected pages written, by stage and reason code;</li>
 *   <li>{@code newsstream_stage_latency_seconds{stage}}: time per record in a stage, as a histogram.</li>
 * </ul>
 * Counters count processing, so with exactly-once a record whose transaction aborts and is retried counts
 * twice: the output topics are the exact figures, these are for rates and alerts.
 */
public final class PipelineMetrics {
  private final MeterRegistry registry;
  private final Counter pagesIn;
  private final Counter articlesOut;
  private final Counter lateTrendChanges;
  private final Map<String, Counter> duplicates = new ConcurrentHashMap<>();
  private final Map<String, Counter> rejected = new ConcurrentHashMap<>();
  private final Map<String, Timer> stageTimers = new ConcurrentHashMap<>();

  public PipelineMetrics(MeterRegistry registry) {
    this.registry = registry;
    this.pagesIn = Counter.builder("newsstream.pages.in").description("Raw pages read by the parse stage")
        .register(registry);
    this.articlesOut = Counter.builder("newsstream.articles.out").description("Articles written to the clean topic")
        .register(registry);
    this.lateTrendChanges = Counter.builder("newsstream.analytics.late.changes")
        .description("Entity count changes the trends stage dropped: their window had closed (its end plus "
            + "analytics.grace was at or before the latest article time seen), e.g. a backfill of older pages")
        .register(registry);
    // Known series exist from the start at 0, so that rate() and dashboards work before the first event.
    for (DuplicateKind kind : DuplicateKind.values()) {
      duplicateCounter(kind.name());
    }
    stageTimer("parse");
    stageTimer("enrich");
  }

  /** Metrics that go nowhere: for tests and tools that build the topology without a metrics endpoint. */
  public static PipelineMetrics discarding() {
    return new PipelineMetrics(new CompositeMeterRegistry());
  }

  public MeterRegistry registry() {
    return registry;
  }

  public void pageIn() {
    pagesIn.increment();
  }

  public void articleOut() {
    articlesOut.increment();
  }

  /** One entity count change for a closed trends window, dropped (see analytics.TrendAggregator). */
  public void lateTrendChange() {
    lateTrendChanges.increment();
  }

  /** Dropped late trend changes so far (as {@code newsstream_analytics_late_changes_total} on /metrics). */
  public double lateTrendChanges() {
    return lateTrendChanges.count();
  }

  public void duplicate(String kind) {
    duplicateCounter(kind == null ? "OTHER" : kind).increment();
  }

  /**
   * Creates the {@code newsstream_rejected_total{stage,reason}} series at 0 for each reason a stage can give, so that
   * dashboards and rate() have them before the first rejection. The stage passes its own reason codes: metrics knows
   * no stage.
   */
  public void expectRejections(String stage, Iterable<String> reasons) {
    for (String reason : reasons) {
      rejectedCounter(stage, reason);
    }
  }

  public void rejected(String stage, String reason) {
    rejectedCounter(stage == null ? "unknown" : stage, reason == null ? "UNKNOWN" : reason).increment();
  }

  /** Runs {@code work} and records its duration under {@code newsstream_stage_latency_seconds{stage}}. */
  public <T> T time(String stage, Supplier<T> work) {
    long start = System.nanoTime();
    try {
      return work.get();
    } finally {
      stageTimer(stage).record(System.nanoTime() - start, java.util.concurrent.TimeUnit.NANOSECONDS);
    }
  }

  /** One line for people: "pages in 3, articles out 2, duplicates 0, rejected 1". */
  /**
   * The one-line summary, with a note when the parse stage counted more pages than {@code sent}: under
   * exactly-once a transaction that aborted (e.g. fenced after a rebalance or a transaction timeout) is processed
   * again and counted again, while the output topics hold each page once.
   */
  public String summary(long sent) {
    double counted = pagesIn.count();
    return counted <= sent ? summary() : summary() + String.format(java.util.Locale.ROOT,
        " (%.0f page(s) counted twice: a transaction aborted and was processed again; the topics hold each once)",
        counted - sent);
  }

  public String summary() {
    return String.format(java.util.Locale.ROOT, "pages in %.0f, articles out %.0f, duplicates %.0f, rejected %.0f",
        pagesIn.count(), articlesOut.count(), duplicates.values().stream().mapToDouble(Counter::count).sum(),
        rejected.values().stream().mapToDouble(Counter::count).sum());
  }

  private Counter duplicateCounter(String kind) {
    return duplicates.computeIfAbsent(kind, k -> Counter.builder("newsstream.duplicates")
        .description("Duplicate notices written, by kind").tag("kind", k).register(registry));
  }

  private Counter rejectedCounter(String stage, String reason) {
    return rejected.computeIfAbsent(stage + '\u0000' + reason, k -> Counter.builder("newsstream.rejected")
        .description("Rejected pages written, by stage and reason").tag("stage", stage).tag("reason", reason)
        .register(registry));
  }

  private Timer stageTimer(String stage) {
    return stageTimers.computeIfAbsent(stage, s -> Timer.builder("newsstream.stage.latency")
        .description("Time to process one record in a stage").tag("stage", s)
        .publishPercentileHistogram()
        // Parsing a page takes from tens of microseconds (rejects) to a second (huge HTML): bound the buckets.
        .minimumExpectedValue(Duration.ofMillis(1)).maximumExpectedValue(Duration.ofSeconds(10))
        .register(registry));
  }
}
