package dev.newsstream.streams;

import dev.newsstream.schema.Article;
import dev.newsstream.streams.config.StreamsAppConfig;
import dev.newsstream.streams.parse.PageParser;
import dev.newsstream.streams.parse.ParseProcessor;
import dev.newsstream.streams.reliability.OutputSizeGuard;
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
 *   pages.raw ──parse──┬── rejected ─────────────────────────────► pages.rejected
 *                      └── article ──► articles.clean (key: article id)
 * </pre>
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
    // An article too big for the clean topic is rejected here, not refused by the broker (see OutputSizeGuard).
    parsed = parsed.processValues(() -> new OutputSizeGuard(serdes.article().serializer(), config.maxOutputBytes(),
        topics.clean()), Named.as("output-size-guard"));
    Map<String, KStream<String, PageOutcome>> byOutcome = parsed.split(Named.as("parse-"))
        .branch((url, outcome) -> outcome.isRejected(), Branched.as("rejected"))
        .defaultBranch(Branched.as("articles"));
    byOutcome.get("parse-rejected").mapValues(PageOutcome::rejected, Named.as("rejected-value"))
        .to(topics.rejected(), Produced.with(Serdes.String(), serdes.rejected()).withName("rejected-sink"));

    KStream<String, Article> articles = byOutcome.get("parse-articles")
        .mapValues(PageOutcome::article, Named.as("article-value"))
        .selectKey((url, article) -> article.getId(), Named.as("key-by-article-id"));

    // 5. Sinks.
    articles.to(topics.clean(), Produced.with(Serdes.String(), serdes.article()).withName("clean-sink"));
    return builder.build();
  }
}
