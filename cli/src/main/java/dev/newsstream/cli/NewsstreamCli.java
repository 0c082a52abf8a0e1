package dev.newsstream.cli;

import dev.newsstream.streams.cli.RunCommand;

import dev.newsstream.producer.ProduceCommand;
import dev.newsstream.producer.ingest.IngestCommand;
import dev.newsstream.bench.BenchCommand;
import dev.newsstream.cli.DemoCommand;
import dev.newsstream.streams.lag.LagCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code newsstream}: one entry point for every command of the product. */
@Command(name = "newsstream", mixinStandardHelpOptions = true, version = "newsstream 0.1.0",
    description = "Streaming news ingestion on Apache Kafka: crawl pages in, clean Avro article events out.",
    subcommands = {DemoCommand.class, RunCommand.class, ProduceCommand.class, IngestCommand.class, BenchCommand.class,
        LagCommand.class, TrendsCommand.class, BrokerCommand.class,
        CommandLine.HelpCommand.class})
public final class NewsstreamCli implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /** Help is laid out 120 columns wide: the commands' descriptions are written in lines of up to 120 characters. */
  public static final int HELP_WIDTH = 120;

  public static void main(String[] args) {
    // An OutOfMemoryError in the main thread (e.g. NER models at a small -Xmx) is one FATAL: line and exit 70,
    // as in a stream thread, not picocli letting the Error out as "Exception in thread main" and exit 1.
    System.exit(dev.newsstream.process.FatalErrors.runMain(() -> commandLine().execute(args), System.err));
  }

  /** The command tree as {@code main} runs it. */
  public static CommandLine commandLine() {
    return new CommandLine(new NewsstreamCli()).setUsageHelpWidth(HELP_WIDTH);
  }

  @Override
  public void run() {
    spec.commandLine().usage(System.out);
  }
}
