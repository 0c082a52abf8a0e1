package dev.newsstream.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * CPU time of each stage over the same pages, on one thread (ThreadMXBean): where the pipeline's CPU goes,
 * free of Kafka, scheduling and the other stages. One warm-up pass first, so the JIT has compiled the code, on
 * stages of their own: a stateful stage (dedup) measured on pages it has already seen would only time its
 * "seen before" shortcut.
 */
public final class StageCpuBench {
  /** CPU nanoseconds a stage spent on {@code inputs} pages, of which {@code outputs} went on. */
  public record StageCost(String stage, int inputs, int outputs, long cpuNanos) {
    public double microsPerPage() {
      return inputs == 0 ? 0 : cpuNanos / 1000.0 / inputs;
    }
  }

  private StageCpuBench() {}

  /** @param stages makes a fresh set of stages, in pipeline order; called once for warm-up, once to measure */
  public static List<StageCost> measure(List<byte[]> rawValues, Supplier<List<BenchStage<?, ?>>> stages) {
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    if (!mx.isCurrentThreadCpuTimeSupported()) {
      throw new IllegalStateException("this JVM cannot measure thread CPU time");
    }
    run(rawValues, stages.get(), null); // warm-up
    List<StageCost> costs = new ArrayList<>();
    run(rawValues, stages.get(), costs);
    return costs;
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static void run(List<byte[]> rawValues, List<BenchStage<?, ?>> stages, List<StageCost> costs) {
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    List<Object> items = new ArrayList<>(rawValues);
    for (BenchStage stage : stages) {
      List<Object> next = new ArrayList<>(items.size());
      long start = mx.getCurrentThreadCpuTime();
      for (Object item : items) {
        Object out = stage.apply(item);
        if (out != null) {
          next.add(out);
        }
      }
      long cpu = mx.getCurrentThreadCpuTime() - start;
      if (costs != null) {
        costs.add(new StageCost(stage.name(), items.size(), next.size(), cpu));
      }
      items = next;
    }
  }
}
