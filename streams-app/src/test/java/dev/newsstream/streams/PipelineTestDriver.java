package dev.newsstream.streams;

import dev.newsstream.schema.Article;
import dev.newsstream.schema.DuplicateNotice;
import dev.newsstream.streams.config.StreamsAppConfig;
import dev.newsstream.streams.serde.EventSerdes;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;

/**
 * The whole {@link ArticleTopology} in a TopologyTestDriver (plain Avro, no registry) with the topics the topology
 * tests feed and read: raw pages in (URL key, page bytes), clean articles and duplicate notices out.
 */
public final class PipelineTestDriver implements AutoCloseable {
  private final TopologyTestDriver driver;
  private final TestInputTopic<String, byte[]> raw;
  private final TestOutputTopic<String, Article> clean;
  private final TestOutputTopic<String, DuplicateNotice> duplicates;

  private PipelineTestDriver(StreamsAppConfig cfg) {
    EventSerdes serdes = EventSerdes.plainAvro();
    driver = new TopologyTestDriver(ArticleTopology.build(cfg, serdes), cfg.streamsProperties());
    raw = driver.createInputTopic(cfg.topics().raw(), Serdes.String().serializer(), Serdes.ByteArray().serializer());
    clean = driver.createOutputTopic(cfg.topics().clean(), Serdes.String().deserializer(),
        serdes.article().deserializer());
    duplicates = driver.createOutputTopic(cfg.topics().duplicates(), Serdes.String().deserializer(),
        serdes.duplicate().deserializer());
  }

  public static PipelineTestDriver start(StreamsAppConfig cfg) {
    return new PipelineTestDriver(cfg);
  }

  public TestInputTopic<String, byte[]> raw() {
    return raw;
  }

  public TestOutputTopic<String, Article> clean() {
    return clean;
  }

  public TestOutputTopic<String, DuplicateNotice> duplicates() {
    return duplicates;
  }

  @Override
  public void close() {
    driver.close();
  }
}
