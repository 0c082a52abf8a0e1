package dev.newsstream.streams.archfixture;

import dev.newsstream.producer.ProduceCommand;

/** Fixture for ArchitectureTest: a streams-app class that imports the producer, which the layer rule forbids. */
public class ImportsProducer {
  public ProduceCommand command() {
    return new ProduceCommand();
  }
}
