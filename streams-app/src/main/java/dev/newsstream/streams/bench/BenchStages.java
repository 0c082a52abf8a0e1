package dev.newsstream.streams.bench;

import dev.newsstream.schema.Article;
import dev.newsstream.schema.RawPage;
import dev.newsstream.schema.serde.AvroSerde;
import dev.newsstream.streams.parse.ArticleAssembler;
import dev.newsstream.streams.parse.PageParser;
import dev.newsstream.streams.parse.ParseOutcome;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.List;

/**
 * The stages the CPU benchmark times, in pipeline order. To add one (dedup, NER...), insert a
 * {@link BenchStage} at its place in {@link #pipeline(int)} taking the previous stage's output type.
 */
public final class BenchStages {
  private BenchStages() {}

  public static List<BenchStage<?, ?>> pipeline(int maxPageBytes) {
    AvroSerde<RawPage> rawSerde = new AvroSerde<>(RawPage.class);
    AvroSerde<Article> articleSerde = new AvroSerde<>(Article.class);
    PageParser parser = new PageParser(maxPageBytes);
    Instant now = Instant.parse("2025-11-25T12:00:00Z");
    return List.of(
        stage("deserialise", (byte[] bytes) -> rawSerde.fromBytes(bytes)),
        stage("parse", (RawPage page) -> {
          ParseOutcome outcome = parser.parse(bytes(page.getBody()), page.getUrl(), page.getCharset());
          return outcome instanceof ParseOutcome.Parsed p ? ArticleAssembler.assemble(page.getUrl(), p.article(), now)
              : null;
        }),
        // dedup and enrich (NER) go here, Article -> Article.
        stage("serialise", (Article article) -> articleSerde.toBytes(article)));
  }

  static <I, O> BenchStage<I, O> stage(String name, java.util.function.Function<I, O> core) {
    return new BenchStage<>() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public O apply(I input) {
        return core.apply(input);
      }
    };
  }

  static byte[] bytes(ByteBuffer buffer) {
    ByteBuffer b = buffer.duplicate();
    byte[] out = new byte[b.remaining()];
    b.get(out);
    return out;
  }
}
