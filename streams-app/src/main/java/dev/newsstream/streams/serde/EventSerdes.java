package dev.newsstream.streams.serde;

import dev.newsstream.config.ConfigSource.ConfigException;
import dev.newsstream.schema.Article;
import dev.newsstream.schema.DuplicateNotice;
import dev.newsstream.schema.RawPage;
import dev.newsstream.schema.RejectedPage;
import dev.newsstream.schema.registry.ConfluentAvroSerde;
import dev.newsstream.schema.registry.SchemaRegistryClient;
import dev.newsstream.schema.serde.AvroSerde;
import dev.newsstream.streams.config.StreamsAppConfig;
import org.apache.kafka.common.serialization.Serde;

/** The value serdes of every topic the topology reads or writes, chosen once from configuration. */
public record EventSerdes(Serde<RawPage> rawPage, Serde<Article> article, Serde<DuplicateNotice> duplicate,
    Serde<RejectedPage> rejected) {

  /** Plain Avro binary, no registry: for tests and internal topics. */
  public static EventSerdes plainAvro() {
    return new EventSerdes(new AvroSerde<>(RawPage.class), new AvroSerde<>(Article.class),
        new AvroSerde<>(DuplicateNotice.class), new AvroSerde<>(RejectedPage.class));
  }

  /**
   * What {@code run} and the demo use: every output topic in the Confluent wire format, schemas registered
   * under {@code <topic>-value} with BACKWARD compatibility, so any registry-aware client reads them. The
   * input topic stays plain RawPage Avro: only our producer writes it and only our topology reads it.
   *
   * @throws ConfigException when schema.registry.url is not set
   * @throws dev.newsstream.schema.registry.SchemaRegistryException when the registry does not answer, or refuses
   *     one of our schemas as incompatible: both at start-up, not at the first record
   */
  public static EventSerdes withRegistry(StreamsAppConfig config) {
    String url = config.schemaRegistryUrl().map(Object::toString).orElseThrow(() -> new ConfigException(
        "Missing required setting 'schema.registry.url' (or env NEWSSTREAM_SCHEMA_REGISTRY_URL, or "
            + "--schema-registry-url): output topics are Avro in the Confluent wire format, their schemas live in a "
            + "schema registry (Apicurio: http://HOST:PORT/apis/ccompat/v7, Confluent: http://HOST:8081)"));
    SchemaRegistryClient client = SchemaRegistryClient.forUrl(url);
    client.checkReachable();
    StreamsAppConfig.Topics topics = config.topics();
    return new EventSerdes(new AvroSerde<>(RawPage.class),
        registered(ConfluentAvroSerde.specific(Article.class, client), topics.clean()),
        registered(ConfluentAvroSerde.specific(DuplicateNotice.class, client), topics.duplicates()),
        registered(ConfluentAvroSerde.specific(RejectedPage.class, client), topics.rejected()));
  }

  private static <T extends org.apache.avro.specific.SpecificRecord> ConfluentAvroSerde<T> registered(
      ConfluentAvroSerde<T> serde, String topic) {
    serde.register(topic, serde.readerSchema());
    return serde;
  }
}
