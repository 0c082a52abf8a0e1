package dev.newsstream.bench;

import dev.newsstream.schema.Article;
import dev.newsstream.schema.RawPage;
import dev.newsstream.schema.serde.AvroSerde;
import dev.newsstream.streams.config.StreamsAppConfig;
import dev.newsstream.streams.dedup.DedupEngine;
import dev.newsstream.streams.dedup.NearDuplicateIndex;
import dev.newsstream.streams.dedup.UrlState;
import dev.newsstream.streams.enrich.CachedFeatureCrf;
import dev.newsstream.streams.enrich.EntityExtractor;
import dev.newsstream.streams.enrich.NerModel;
import dev.newsstream.streams.enrich.NerTagger;
import dev.newsstream.streams.parse.ArticleAssembler;
import dev.newsstream.streams.parse.PageParser;
import dev.newsstream.streams.parse.ParseOutcome;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.List;

/**
 * The stages the CPU benchmark times, in pipeline order: deserialise, parse, dedup, enrich (NER), serialise.
 * To add one, insert a {@link BenchStage} at its place in {@link #pipeline(int)} taking the previous stage's output.
 */
public final class BenchStages {
  private BenchStages() {}

  public static List<BenchStage<?, ?>> pipeline(int maxPageBytes) {
    AvroSerde<RawPage> rawSerde = new AvroSerde<>(RawPage.class);
    AvroSerde<Article> articleSerde = new AvroSerde<>(Article.class);
    PageParser parser = new PageParser(maxPageBytes);
    Instant now = Instant.parse("2025-11-25T12:00:00Z");
    StreamsAppConfig.Dedup d = StreamsAppConfig.from(StreamsAppConfig.defaults()).dedup();
    DedupEngine dedup = new DedupEngine(new NearDuplicateIndex(d.bands(), d.rows(), d.shingleWords(), d.nearThreshold()));
    // The shared models, but no sentence cache and feature caches of its own: the warm-up pass shows the stage the
    // same pages first, and the pipeline benchmark sends these pages through the topology afterwards (whose shared
    // taggers and feature caches must not know them).
    EntityExtractor ner = new EntityExtractor(NerModel.ensemble(new NerTagger(NerModel.shared(), 0,
        CachedFeatureCrf.unshared(NerModel.shared())), 0, CachedFeatureCrf::unshared), EntityExtractor.ALL_TYPES,
        0.5, 100_000);
    return List.of(
        stage("deserialise", (byte[] bytes) -> rawSerde.fromBytes(bytes)),
        stage("parse", (RawPage page) -> {
          ParseOutcome outcome = parser.parse(bytes(page.getBody()), page.getUrl(), page.getCharset());
          return outcome instanceof ParseOutcome.Parsed p ? ArticleAssembler.assemble(page.getUrl(), p.article(), now)
              : null;
        }),
        stage("dedup", (Article article) -> {
          // The pure decision the topology's dedup tasks make (URL, exact content, MinHash/LSH), in one process.
          dedup.check(new DedupEngine.Page(article.getId(), article.getContentHash(), UrlState.NONE,
              now.toEpochMilli(), article.getBody()));
          return article;
        }),
        stage("enrich", (Article article) -> {
          List<String> evidence = new java.util.ArrayList<>(article.getTags());
          evidence.addAll(article.getKeywords());
          article.setEntities(ner.extract(article.getBody(), evidence));
          return article;
        }),
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
