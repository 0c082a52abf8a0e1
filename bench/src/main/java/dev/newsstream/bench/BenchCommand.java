package dev.newsstream.bench;

import dev.newsstream.bench.crash.CrashBenchCommand;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code bench}: measurements that print figures (quality and speed); see docs/BENCHMARKS.md. */
@Command(name = "bench", mixinStandardHelpOptions = true,
    description = "Benchmarks and quality scorers; each prints its figures.",
    subcommands = {ExtractBenchCommand.class, GooseBenchCommand.class, DedupBenchCommand.class, NerBenchCommand.class, PipelineBenchCommand.class, AnalyticsBenchCommand.class,
        CrashBenchCommand.class, WarcBenchCommand.class, CommandLine.HelpCommand.class})
public final class BenchCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(System.out);
  }
}
