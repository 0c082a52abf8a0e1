package dev.newsstream.streams;

import dev.newsstream.streams.outcome.PageOutcome;

import dev.newsstream.schema.Article;
import dev.newsstream.schema.DuplicateNotice;
import dev.newsstream.streams.analytics.AnalyticsTopology;
import dev.newsstream.streams.config.StreamsAppConfig;
import dev.newsstream.streams.metrics.PipelineMetrics;
import dev.newsstream.streams.enrich.EnrichStage;
import dev.newsstream.streams.dedup.DedupStage;
import dev.newsstream.streams.parse.PageParser;
import dev.newsstream.streams.parse.RejectReason;
import dev.newsstream.streams.parse.ParseProcessor;
import dev.newsstream.streams.reliability.EncodedArticle;
import dev.newsstream.streams.reliability.OutputSizeGuard;
import dev.newsstream.streams.serde.EventSerdes;
import java.util.Arrays;
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
 *   pages.raw ──parse──┬── rejected ──────────────────────────────────────────────► pages.rejected
 *                      └── article ──dedup──┬── duplicate ─────────────────────────► articles.duplicates
 *                                           └── clean / update ──enrich──┬── failed ─► pages.rejected
 *                                                                        └── article + entities ──size guard─► articles.clean
 *                                                                                                  └─ too large ─► pages.rejected
 *   articles.clean content + duplicates ──analytics──► analytics.entity-trends, analytics.story-reach (+ stores for queries)
 * </pre>
 * Every raw page gets exactly one outcome: raw = clean first versions + updates + duplicates + rejected.
 */
public final class ArticleTopology {
  private ArticleTopology() {}

  public static Topology build(StreamsAppConfig config, EventSerdes serdes) {
    return build(config, serdes, PipelineMetrics.discarding());
  }

  /** @param metrics counters and timers the stages and sinks update (pages in, outputs, rejections, latency) */
  public static Topology build(StreamsAppConfig config, EventSerdes serdes, PipelineMetrics metrics) {
    StreamsAppConfig.Topics topics = config.topics();
    StreamsBuilder builder = new StreamsBuilder();

    // 1. Source: raw bytes, so that a record that is not a RawPage is rejected by the parse stage, not lost.
    KStream<String, byte[]> raw = builder.stream(topics.raw(), Consumed.with(Serdes.String(), Serdes.ByteArray())
        .withName("raw-pages"));

    // 2. Parse: page bytes -> Article, or a RejectedPage with reason and original bytes.
    metrics.expectRejections("parse", Arrays.stream(RejectReason.values()).map(Enum::name).toList());
    PageParser parser = new PageParser(config.maxPageBytes());
    KStream<String, PageOutcome> parsed = raw.processValues(
        () -> new ParseProcessor(parser, serdes.rawPage().deserializer(), metrics), Named.as("parse"));
    Map<String, KStream<String, PageOutcome>> byOutcome = parsed.split(Named.as("parse-"))
        .branch((url, outcome) -> outcome.isRejected(), Branched.as("rejected"))
        .defaultBranch(Branched.as("articles"));
    byOutcome.get("parse-rejected").mapValues(PageOutcome::rejected, Named.as("rejected-value"))
        .peek((url, r) -> metrics.rejected(r.getStage(), r.getReason()), Named.as("count-rejected"))
        .to(topics.rejected(), Produced.with(Serdes.String(), serdes.rejected()).withName("rejected-sink"));

    KStream<String, Article> articles = byOutcome.get("parse-articles")
        .mapValues(PageOutcome::article, Named.as("article-value"))
        .selectKey((url, article) -> article.getId(), Named.as("key-by-article-id"));

    // 3. Dedup: same URL, same content, near-duplicates (across partitions), updates; keyed by article id.
    KStream<String, PageOutcome> deduped = DedupStage.apply(articles, config);
    KStream<String, DuplicateNotice> notices = deduped.filter((id, outcome) -> outcome.isDuplicate(), Named.as("duplicates"))
        .mapValues(PageOutcome::duplicate, Named.as("duplicate-value"));
    notices
        .peek((id, notice) -> metrics.duplicate(notice.getKind().name()), Named.as("count-duplicates"))
        .to(topics.duplicates(), Produced.with(Serdes.String(), serdes.duplicate()).withName("duplicates-sink"));
    KStream<String, Article> clean = deduped.filter((id, outcome) -> outcome.isArticle(), Named.as("clean"))
        .mapValues(PageOutcome::article, Named.as("clean-value"));

    // 4. Enrich: named entities (people, organisations, places); a failure goes to pages.rejected, stage "enrich".
    clean = EnrichStage.attach(clean, config, serdes, metrics);

    // 5. Sinks. Each article is serialised once, here; one too big for the clean topic is rejected, not refused by
    //    the broker: under exactly-once a refused write would abort the transaction again and again (OutputSizeGuard).
    KStream<String, EncodedArticle> encoded = clean.processValues(() -> new OutputSizeGuard(serdes.article().serializer(),
        config.maxOutputBytes(), topics.clean()), Named.as("encode-and-size-guard"));
    encoded.filter((id, e) -> e.isRejected(), Named.as("too-large"))
        .mapValues(EncodedArticle::rejected, Named.as("too-large-value"))
        .peek((id, r) -> metrics.rejected(r.getStage(), r.getReason()), Named.as("count-too-large"))
        .to(topics.rejected(), Produced.with(Serdes.String(), serdes.rejected()).withName("too-large-sink"));
    // A copy published clean before its earlier original arrived is withdrawn: tombstone on the compacted topic
    // (its correction notice went to the duplicates topic above). Same task and partition as its article, so the
    // tombstone follows it.
    KStream<String, byte[]> retractions = deduped
        .filter((id, o) -> o.isDuplicate() && o.duplicate().getRetractedVersion() != null, Named.as("retracted"))
        .mapValues(o -> (byte[]) null, Named.as("tombstone"));
    KStream<String, EncodedArticle> fits = encoded.filter((id, e) -> !e.isRejected(), Named.as("fits"));
    fits.mapValues(EncodedArticle::bytes, Named.as("fits-bytes"))
        .peek((id, bytes) -> metrics.articleOut(), Named.as("count-articles"))
        .merge(retractions, Named.as("articles-and-tombstones"))
        .to(topics.clean(), Produced.with(Serdes.String(), Serdes.ByteArray()).withName("clean-sink"));

    // 6. Analytics: trending entities and story reach over exactly what the two topics above received (an article
    //    that fit, or its tombstone; the notices), in the same transactions (analytics.AnalyticsTopology).
    KStream<String, Article> published = fits.mapValues(EncodedArticle::article, Named.as("published-article"))
        .merge(retractions.mapValues(tombstone -> (Article) null, Named.as("withdrawn-article")),
            Named.as("published-and-withdrawn"));
    AnalyticsTopology.attach(builder, published, notices, config, serdes, metrics);
    return builder.build();
  }
}
