package dev.newsstream.streams.serde;

import dev.newsstream.kafka.LocalKafkaBroker;
import dev.newsstream.kafka.LocalSchemaRegistry;
import java.time.Duration;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * One real broker and one real schema registry shared by every registry IT of a test run: the registry takes
 * 5-35 s to start on a busy 2-core machine, so it starts once and stops when the run ends.
 * Use: {@code @ExtendWith(RegistryStack.Extension.class)} and a {@code RegistryStack} parameter.
 */
public final class RegistryStack implements AutoCloseable {
  private final LocalKafkaBroker broker;
  private final LocalSchemaRegistry registry;

  private RegistryStack(LocalKafkaBroker broker, LocalSchemaRegistry registry) {
    this.broker = broker;
    this.registry = registry;
  }

  public static RegistryStack start() {
    LocalKafkaBroker broker = LocalKafkaBroker.start();
    try {
      return new RegistryStack(broker, LocalSchemaRegistry.builder().startTimeout(Duration.ofSeconds(180)).start());
    } catch (RuntimeException e) {
      broker.close();
      throw e;
    }
  }

  public LocalKafkaBroker broker() {
    return broker;
  }

  public String bootstrapServers() {
    return broker.bootstrapServers();
  }

  /** The registry's Confluent-compatible API: what schema.registry.url is set to. */
  public String registryUrl() {
    return registry.url();
  }

  @Override
  public void close() {
    registry.close();
    broker.close();
  }

  /** Resolves {@code RegistryStack} parameters to the run-wide instance (closed by JUnit at the end). */
  public static final class Extension implements ParameterResolver {
    private static final ExtensionContext.Namespace NS = ExtensionContext.Namespace.create(RegistryStack.class);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
      return parameter.getParameter().getType() == RegistryStack.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
      return context.getRoot().getStore(NS).getOrComputeIfAbsent(RegistryStack.class, k -> start(), RegistryStack.class);
    }
  }
}
