package dev.newsstream.streams.serde;

import dev.newsstream.config.ConfigSource.ConfigException;
import dev.newsstream.schema.Article;
import dev.newsstream.schema.DuplicateNotice;
import dev.newsstream.schema.EntityTrend;
import dev.newsstream.schema.StoryReach;
import dev.newsstream.schema.RawPage;
import dev.newsstream.schema.RejectedPage;
import dev.newsstream.schema.registry.ConfluentAvroSerde;
import dev.newsstream.schema.registry.SchemaRegistryClient;
import dev.newsstream.schema.serde.AvroSerde;
import dev.newsstream.streams.config.StreamsAppConfig;
import java.util.Optional;
import org.apache.kafka.common.serialization.Serde;

/** The value serdes of every topic the topology reads or writes, chosen once from configuration. */
public record EventSerdes(Serde<RawPage> rawPage, Serde<Article> article, Serde<DuplicateNotice> duplicate,
    Serde<RejectedPage> rejected, Serde<EntityTrend> entityTrend, Serde<StoryReach> storyReach) {

  /** The pipeline's serdes with the analytics topics in plain Avro. */
  public EventSerdes(Serde<RawPage> rawPage, Serde<Article> article, Serde<DuplicateNotice> duplicate,
      Serde<RejectedPage> rejected) {
    this(rawPage, article, duplicate, rejected, new AvroSerde<>(EntityTrend.class), new AvroSerde<>(StoryReach.class));
  }

  /** Plain Avro binary, no registry: for tests and internal topics. */
  public static EventSerdes plainAvro() {
    return new EventSerdes(new AvroSerde<>(RawPage.class), new AvroSerde<>(Article.class),
        new AvroSerde<>(DuplicateNotice.class), new AvroSerde<>(RejectedPage.class));
  }

  /**
   * What {@code run} and the demo use: every output topic in the Confluent wire format, schemas registered
   * under {@code <topic>-value} with BACKWARD compatibility, so any registry-aware client reads them. The
   * input topic stays plain RawPage Avro: only our producer writes it and only our topology reads it.
   * {@link #unregistered} then {@link #registerOutputSchemas}.
   *
   * @throws ConfigException when schema.registry.url is not set
   * @throws dev.newsstream.schema.registry.SchemaRegistryException when the registry does not answer within
   *     schema.registry.max.wait.seconds, is not a registry, or refuses one of our schemas as incompatible: all
   *     before the first record
   */
  public static EventSerdes withRegistry(StreamsAppConfig config) {
    EventSerdes serdes = unregistered(config);
    serdes.registerOutputSchemas(config);
    return serdes;
  }

  /**
   * The registry serdes of {@link #withRegistry} without contacting the registry yet, so that an app can build its
   * topology and serve /metrics and /health before {@link #registerOutputSchemas} waits for a registry that is
   * down. Sets the shared client's wait bound to schema.registry.max.wait.seconds.
   *
   * @throws ConfigException when schema.registry.url is not set
   */
  public static EventSerdes unregistered(StreamsAppConfig config) {
    String url = config.schemaRegistryUrl().map(Object::toString).orElseThrow(() -> new ConfigException(
        "Missing required setting 'schema.registry.url' (or env NEWSSTREAM_SCHEMA_REGISTRY_URL, or "
            + "--schema-registry-url): output topics are Avro in the Confluent wire format, their schemas live in a "
            + "schema registry (Apicurio: http://HOST:PORT/apis/ccompat/v7, Confluent: http://HOST:8081)"));
    SchemaRegistryClient client = SchemaRegistryClient.forUrl(url);
    client.outage().maxWait(config.schemaRegistryMaxWait());
    return new EventSerdes(new AvroSerde<>(RawPage.class), ConfluentAvroSerde.specific(Article.class, client),
        ConfluentAvroSerde.specific(DuplicateNotice.class, client),
        ConfluentAvroSerde.specific(RejectedPage.class, client), ConfluentAvroSerde.specific(EntityTrend.class, client),
        ConfluentAvroSerde.specific(StoryReach.class, client));
  }

  /** The registry client of these serdes, if they write the Confluent wire format. */
  public Optional<SchemaRegistryClient> registryClient() {
    return article instanceof ConfluentAvroSerde<Article> c ? Optional.of(c.client()) : Optional.empty();
  }

  /**
   * Checks the registry and registers each output topic's schema (compatibility BACKWARD unless the subject has its
   * own level); nothing for plain-Avro serdes. While the registry does not answer this waits for it, up to
   * schema.registry.max.wait.seconds, logging once when the outage starts and once when it ends.
   *
   * @throws dev.newsstream.schema.registry.SchemaRegistryException see {@link #withRegistry}
   */
  public void registerOutputSchemas(StreamsAppConfig config) {
    Optional<SchemaRegistryClient> client = registryClient();
    if (client.isEmpty()) {
      return;
    }
    client.get().awaitReachable();
    StreamsAppConfig.Topics topics = config.topics();
    register(article, topics.clean());
    register(duplicate, topics.duplicates());
    register(rejected, topics.rejected());
    register(entityTrend, config.analytics().trendsTopic());
    register(storyReach, config.analytics().storiesTopic());
  }

  private static <T extends org.apache.avro.specific.SpecificRecord> void register(Serde<T> serde, String topic) {
    ConfluentAvroSerde<T> registered = (ConfluentAvroSerde<T>) serde;
    registered.register(topic, registered.readerSchema());
  }
}
