package dev.newsstream.streams.enrich;

import dev.newsstream.schema.Article;
import dev.newsstream.streams.outcome.PageOutcome;
import dev.newsstream.streams.config.StreamsAppConfig;
import dev.newsstream.streams.metrics.PipelineMetrics;
import dev.newsstream.streams.serde.EventSerdes;
import java.util.Map;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.kstream.Branched;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorSupplier;

/**
 * Wires the enrich stage into a topology: articles in, enriched articles out, failures to the rejected topic.
 * Every stream thread gets its own processor, all on the one shared model, so the stage scales with
 * stream.threads (up to the cores).
 */
public final class EnrichStage {
  private EnrichStage() {}

  /** The enriched articles; the input itself when enrich.enabled is false. */
  public static KStream<String, Article> attach(KStream<String, Article> articles, StreamsAppConfig config,
      EventSerdes serdes, PipelineMetrics metrics) {
    StreamsAppConfig.Enrich settings = config.enrich();
    if (!settings.enabled()) {
      return articles;
    }
    EntityExtractor extractor = EntityExtractor.onSharedModel(settings.types(), settings.minConfidence(),
        settings.maxChars());
    return attach(articles, () -> new EnrichProcessor(extractor, settings::covers, serdes.article().serializer(), metrics),
        config.topics().rejected(), serdes, metrics);
  }

  /**
   * Loads the NER models of enrich.preload now, in that order, each while the heap has room for it (a language with
   * none stays untagged, with a WARN); the app's entry points call this before the stream threads start, so that no
   * model load holds an exactly-once transaction open (a German model takes 10-44 s to load, Streams' transaction
   * timeout is 10 s). Does nothing with enrich.enabled=false.
   */
  public static LanguageModels.Preloaded preload(StreamsAppConfig config) {
    StreamsAppConfig.Enrich settings = config.enrich();
    return NerLanguages.preload(settings.enabled() ? settings.preload() : java.util.List.of());
  }

  static KStream<String, Article> attach(KStream<String, Article> articles,
      FixedKeyProcessorSupplier<String, Article, PageOutcome> processors, String rejectedTopic, EventSerdes serdes,
      PipelineMetrics metrics) {
    Map<String, KStream<String, PageOutcome>> byOutcome = articles.processValues(processors, Named.as("enrich"))
        .split(Named.as("enrich-"))
        .branch((id, outcome) -> outcome.isRejected(), Branched.as("rejected"))
        .defaultBranch(Branched.as("articles"));
    byOutcome.get("enrich-rejected").mapValues(PageOutcome::rejected, Named.as("enrich-rejected-value"))
        .peek((id, r) -> metrics.rejected(r.getStage(), r.getReason()), Named.as("count-enrich-rejected"))
        .to(rejectedTopic, Produced.with(Serdes.String(), serdes.rejected()).withName("enrich-rejected-sink"));
    return byOutcome.get("enrich-articles").mapValues(PageOutcome::article, Named.as("enriched-article"));
  }
}
