package dev.newsstream.streams.enrich;

import dev.newsstream.schema.Article;
import dev.newsstream.streams.metrics.PipelineMetrics;
import dev.newsstream.schema.RejectedPage;
import dev.newsstream.streams.outcome.PageOutcome;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.apache.kafka.streams.processor.api.RecordMetadata;

/**
 * Kafka glue of the enrich stage: sets {@link Article#getEntities()} and {@link Article#getEntitiesTextChars()} (how much of the body the model read). If extraction throws, the article is not
 * lost and does not stop the stream: it goes to the rejected topic (stage "enrich", reason ENRICH_FAILED) with the
 * exception class and the article's Avro bytes, so it can be replayed.
 */
public final class EnrichProcessor implements FixedKeyProcessor<String, Article, PageOutcome> {
  /** Reason code on pages.rejected for an article whose entity extraction failed. */
  public static final String ENRICH_FAILED = "ENRICH_FAILED";

  private final Runnable warmUp;
  private final Function<Article, EntityExtractor.Reading> entities;
  private final Serializer<Article> articles;
  private FixedKeyProcessorContext<String, PageOutcome> context;

  /**
   * Times each extraction as {@code newsstream_stage_latency_seconds{stage="enrich"}}: NER is the costly stage.
   * Articles in a language {@code covered} refuses get no entities, without running the model; the others get their
   * language's model ({@link NerLanguages}).
   */
  public EnrichProcessor(EntityExtractor extractor, java.util.function.Predicate<String> covered,
      Serializer<Article> articles, PipelineMetrics metrics) {
    this(extractor::warmUp, a -> covered.test(a.getLanguage())
        ? metrics.time("enrich", () -> extractor.read(a.getBody(), tagsAndKeywords(a), a.getLanguage()))
        : NOT_READ, articles);
  }

  /** A language the stage does not cover: no entities, and no characters read (entitiesTextChars null). */
  private static final EntityExtractor.Reading NOT_READ = new EntityExtractor.Reading(List.of(), null);

  /** For fault injection in tests: any entity function, e.g. one that fails on some articles. */
  EnrichProcessor(Runnable warmUp, Function<Article, EntityExtractor.Reading> entities, Serializer<Article> articles) {
    this.warmUp = warmUp;
    this.entities = entities;
    this.articles = articles;
  }

  /** The page's tags and keywords: editors' evidence for the names the story is about. */
  public static List<String> tagsAndKeywords(Article a) {
    List<String> out = new ArrayList<>(a.getTags());
    out.addAll(a.getKeywords());
    return out;
  }

  @Override
  public void init(FixedKeyProcessorContext<String, PageOutcome> context) {
    this.context = context;
    // Load the shared model when the task starts, not on its first article. A missing model fails here, loudly:
    // that is a broken deployment, not a bad article.
    warmUp.run();
  }

  @Override
  public void process(FixedKeyRecord<String, Article> record) {
    Article article = record.value();
    EntityExtractor.Reading found;
    try {
      found = entities.apply(article);
    } catch (RuntimeException | StackOverflowError e) {
      context.forward(record.withValue(PageOutcome.rejected(rejection(record, e))));
      return;
    }
    Article enriched = Article.newBuilder(article).setEntities(found.entities())
        .setEntitiesTextChars(found.textChars()).build();
    context.forward(record.withValue(PageOutcome.article(enriched)));
  }

  private RejectedPage rejection(FixedKeyRecord<String, Article> record, Throwable e) {
    RecordMetadata meta = context.recordMetadata().orElse(null);
    Article a = record.value();
    return RejectedPage.newBuilder()
        .setUrl(a.getUrl())
        .setReason(ENRICH_FAILED)
        .setMessage("entity extraction failed: " + e)
        .setStage("enrich")
        .setExceptionClass(e.getClass().getName())
        .setSourceTopic(meta == null ? null : meta.topic())
        .setSourcePartition(meta == null ? null : meta.partition())
        .setSourceOffset(meta == null ? null : meta.offset())
        .setOriginalKey(record.key() == null ? null : ByteBuffer.wrap(record.key().getBytes(StandardCharsets.UTF_8)))
        .setOriginalBytes(ByteBuffer.wrap(articles.serialize(meta == null ? "" : meta.topic(), a)))
        .setRejectedAt(Instant.ofEpochMilli(context.currentSystemTimeMs()))
        .build();
  }
}
