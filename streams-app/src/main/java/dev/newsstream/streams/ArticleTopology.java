package dev.newsstream.streams;

import dev.newsstream.schema.Article;
import dev.newsstream.streams.config.StreamsAppConfig;
import dev.newsstream.streams.dedup.DedupStage;
import dev.newsstream.streams.parse.PageParser;
import dev.newsstream.streams.parse.ParseProcessor;
import dev.newsstream.streams.serde.EventSerdes;
import java.util.Map;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Branched;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;

/**
 * The whole pipeline, top-down: raw pages -> parse -> dedup -> enrich -> sinks.
 *
 * <pre>
 *   pages.raw ──parse──┬── rejected ──────────────────────────────────────► pages.rejected
 *                      └── article ──dedup──┬── duplicate ─────────────────► articles.duplicates
 *                                           └── clean / update ────────────► articles.clean (key: article id)
 * </pre>
 * Every raw page gets exactly one outcome: raw = clean first versions + updates + duplicates + rejected.
 */
public final class ArticleTopology {
  private ArticleTopology() {}

  public static Topology build(StreamsAppConfig config, EventSerdes serdes) {
    StreamsAppConfig.Topics topics = config.topics();
    StreamsBuilder builder = new StreamsBuilder();

    // 1. Source: raw bytes, so that a record that is not a RawPage is rejected by the parse stage, not lost.
    KStream<String, byte[]> raw = builder.stream(topics.raw(), Consumed.with(Serdes.String(), Serdes.ByteArray())
        .withName("raw-pages"));

    // 2. Parse: page bytes -> Article, or a RejectedPage with reason and original bytes.
    PageParser parser = new PageParser(config.maxPageBytes());
    KStream<String, PageOutcome> parsed = raw.processValues(
        () -> new ParseProcessor(parser, serdes.rawPage().deserializer()), Named.as("parse"));
    Map<String, KStream<String, PageOutcome>> byOutcome = parsed.split(Named.as("parse-"))
        .branch((url, outcome) -> outcome.isRejected(), Branched.as("rejected"))
        .defaultBranch(Branched.as("articles"));
    byOutcome.get("parse-rejected").mapValues(PageOutcome::rejected, Named.as("rejected-value"))
        .to(topics.rejected(), Produced.with(Serdes.String(), serdes.rejected()).withName("rejected-sink"));

    KStream<String, Article> articles = byOutcome.get("parse-articles")
        .mapValues(PageOutcome::article, Named.as("article-value"))
        .selectKey((url, article) -> article.getId(), Named.as("key-by-article-id"));

    // 3. Dedup: same URL, same content, near-duplicates (across partitions), updates; keyed by article id.
    KStream<String, PageOutcome> deduped = DedupStage.apply(articles, config, serdes);

    // 5. Sinks.
    deduped.filter((id, outcome) -> outcome.isDuplicate(), Named.as("duplicates"))
        .mapValues(PageOutcome::duplicate, Named.as("duplicate-value"))
        .to(topics.duplicates(), Produced.with(Serdes.String(), serdes.duplicate()).withName("duplicates-sink"));
    deduped.filter((id, outcome) -> outcome.isArticle(), Named.as("clean"))
        .mapValues(PageOutcome::article, Named.as("clean-value"))
        .to(topics.clean(), Produced.with(Serdes.String(), serdes.article()).withName("clean-sink"));
    return builder.build();
  }
}
