package dev.newsstream.bench;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;

/** Prints the pipeline benchmark's figures as aligned tables, with the targets of issue 9. */
final class BenchReport {
  static final double RATIO_TARGET = 0.25;
  static final long P99_TARGET_MICROS = 1_000_000;

  private final PrintStream out;

  BenchReport(PrintStream out) {
    this.out = out;
  }

  void print(List<StageCpuBench.StageCost> costs, List<PipelineRun.Result> runs, PipelineRun.Result full,
      PipelineRun.Result noNer, PipelineRun.Result pass, PipelineRun.Result half) {
    long totalCpu = costs.stream().mapToLong(StageCpuBench.StageCost::cpuNanos).sum();
    out.println();
    out.println("CPU time per stage (pure cores, one thread, same pages):");
    out.printf(Locale.ROOT, "  %-12s %8s %8s %10s %10s %6s%n", "stage", "in", "out", "CPU ms", "µs/page", "share");
    for (StageCpuBench.StageCost c : costs) {
      out.printf(Locale.ROOT, "  %-12s %8d %8d %10.1f %10.1f %5.1f%%%n", c.stage(), c.inputs(), c.outputs(),
          c.cpuNanos() / 1e6, c.microsPerPage(), totalCpu == 0 ? 0 : 100.0 * c.cpuNanos() / totalCpu);
    }
    out.println();
    out.println("End to end (producer -> broker -> topology -> read_committed consumer):");
    out.printf(Locale.ROOT, "  %-40s %7s %9s %7s %8s %8s %8s %12s  %s%n", "pass", "pages", "pages/s", "MB/s", "p50",
        "p95", "p99", "streams µs/pg", "outputs");
    for (PipelineRun.Result r : runs) {
      out.printf(Locale.ROOT, "  %-40s %7d %9.1f %7.2f %8s %8s %8s %12.0f  %s%s%n", r.label(), r.pages(),
          r.pagesPerSecond(), r.mbPerSecond(), LatencyStats.ms(r.latency().percentile(50)),
          LatencyStats.ms(r.latency().percentile(95)), LatencyStats.ms(r.latency().percentile(99)),
          r.streamCpuMicrosPerPage(), shortNames(r), r.complete() ? "" : "  INCOMPLETE (timed out)");
    }
    double ratio = full.pagesPerSecond() / pass.pagesPerSecond();
    long p99 = half.latency().percentile(99);
    out.println();
    out.printf(Locale.ROOT, "full / pass-through throughput: %.2f (target >= %.2f: %s)%n", ratio, RATIO_TARGET,
        ratio >= RATIO_TARGET ? "met" : "NOT met");
    out.printf(Locale.ROOT, "without NER / pass-through throughput: %.2f (the rest of the pipeline: parse, dedup, "
        + "repartitions, sinks)%n", noNer.pagesPerSecond() / pass.pagesPerSecond());
    double nerShare = 1 - noNer.streamCpuMicrosPerPage() / full.streamCpuMicrosPerPage();
    out.printf(Locale.ROOT, "NER's share of the full pipeline's stream-thread CPU: %.0f%% (%.1f ms of %.1f ms per page)%n",
        100 * nerShare, (full.streamCpuMicrosPerPage() - noNer.streamCpuMicrosPerPage()) / 1000,
        full.streamCpuMicrosPerPage() / 1000);
    double cpuRatio = pass.streamCpuMicrosPerPage() / full.streamCpuMicrosPerPage();
    out.printf(Locale.ROOT, "full / pass-through by stream-thread CPU per page (load-independent capacity): %.2f%n",
        cpuRatio);
    out.printf(Locale.ROOT, "p99 produce-to-clean latency at half load: %s (target < 1 s: %s)%n",
        LatencyStats.ms(p99), p99 < P99_TARGET_MICROS ? "met" : "NOT met");
  }

  /**
   * What the analytics sub-topology (issue 19: trends and story reach, their stores, two repartition hops and two
   * output topics) costs: the full pipeline against the same pipeline with analytics.enabled=false.
   */
  static void printAnalyticsCost(java.io.PrintStream out, PipelineRun.Result full, PipelineRun.Result noAnalytics) {
    double micros = full.streamCpuMicrosPerPage() - noAnalytics.streamCpuMicrosPerPage();
    out.printf(Locale.ROOT, "analytics sub-topology: %.0f µs of stream-thread CPU per page (%.0f%% of the full "
            + "pipeline's %.0f µs); throughput with / without analytics: %.2f%n", micros,
        100 * micros / full.streamCpuMicrosPerPage(), full.streamCpuMicrosPerPage(),
        full.pagesPerSecond() / noAnalytics.pagesPerSecond());
  }

  /** Outputs per topic without the per-run prefix: {@code articles.clean=2000}. */
  private static String shortNames(PipelineRun.Result r) {
    StringBuilder s = new StringBuilder();
    r.outcomes().entrySet().stream().sorted(java.util.Map.Entry.comparingByKey()).forEach(e -> {
      String topic = e.getKey();
      String name = topic.substring(topic.lastIndexOf('.', topic.lastIndexOf('.') - 1) + 1);
      s.append(s.length() == 0 ? "" : " ").append(name).append('=').append(e.getValue());
    });
    return s.toString();
  }
}
