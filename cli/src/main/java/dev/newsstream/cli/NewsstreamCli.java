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
        LagCommand.class, TrendsCommand.class,
        CommandLine.HelpCommand.class})
public final class NewsstreamCli implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    System.exit(new CommandLine(new NewsstreamCli()).execute(args));
  }

  @Override
  public void run() {
    spec.commandLine().usage(System.out);
  }
}
