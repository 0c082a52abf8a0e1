package dev.newsstream.streams.serde;

import dev.newsstream.schema.Article;
import dev.newsstream.schema.DuplicateNotice;
import dev.newsstream.schema.RawPage;
import dev.newsstream.schema.RejectedPage;
import dev.newsstream.schema.serde.AvroSerde;
import org.apache.kafka.common.serialization.Serde;

/** The value serdes of every topic the topology reads or writes, chosen once from configuration. */
public record EventSerdes(Serde<RawPage> rawPage, Serde<Article> article, Serde<DuplicateNotice> duplicate,
    Serde<RejectedPage> rejected) {

  /** Plain Avro binary, no registry: for tests and internal topics. */
  public static EventSerdes plainAvro() {
    return new EventSerdes(new AvroSerde<>(RawPage.class), new AvroSerde<>(Article.class),
        new AvroSerde<>(DuplicateNotice.class), new AvroSerde<>(RejectedPage.class));
  }
}
