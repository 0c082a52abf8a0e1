package dev.newsstream.producer;

import picocli.CommandLine;

/** Stand-alone entry point of the producer: {@code java -cp ... dev.newsstream.producer.ProducerMain PATH...}. */
public final class ProducerMain {
  private ProducerMain() {}

  public static void main(String[] args) {
    System.exit(dev.newsstream.process.FatalErrors.runMain(() -> new CommandLine(new ProduceCommand()).execute(args),
        System.err));
  }
}
