package dev.newsstream.streams.dedup;

import dev.newsstream.schema.Article;
import dev.newsstream.streams.outcome.PageOutcome;
import dev.newsstream.streams.config.StreamsAppConfig;
import dev.newsstream.streams.dedup.DedupMessages.BandProbe;
import dev.newsstream.streams.dedup.DedupMessages.ContentProbe;
import dev.newsstream.streams.dedup.DedupMessages.ContentStep;
import dev.newsstream.streams.dedup.DedupMessages.DecisionInput;
import dev.newsstream.streams.dedup.DedupMessages.PendingArticle;
import dev.newsstream.streams.dedup.DedupMessages.Step;
import dev.newsstream.streams.serde.EventSerdes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Repartitioned;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorSupplier;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorSupplier;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.Stores;

/**
 * The dedup stage: articles (keyed by id) in, exactly one outcome per page out, keyed by article id: a clean
 * article (version 1, or version n+1 for a changed re-crawl) or a DuplicateNotice.
 *
 * <pre>
 *  articles ─by id─► 1 URL versions ──SAME_URL──────────────────────────────────────────────────────┐
 *                         ├─ the article ───────────────────────────────────by id──┐                │
 *                         └─ body-less probe (id, order time, signature)            │                │
 *                               ─by content hash─► 2 exact content ─SAME_CONTENT reply / correction─┤ by id ─► 3b decide ─┴─► outcomes
 *                                   └─ one probe per band shard ─by shard─► 3a band buckets ─replies, corrections─┘
 * </pre>
 * Records per page through the repartition topics (default 2 band shards): the article twice (by id, to its
 * deciding task), one body-less probe by content hash, two band probes and two replies.
 * Each hop is a repartition topic, so copies on different partitions and instances meet in one task. Stores
 * are persistent, changelog-backed and swept to the {@code dedup.horizon}.
 */
public final class DedupStage {
  private DedupStage() {}

  public static KStream<String, PageOutcome> apply(KStream<String, Article> articles, StreamsAppConfig config,
      EventSerdes serdes) {
    StreamsAppConfig.Dedup settings = config.dedup();
    DedupSerdes internal = new DedupSerdes(serdes.article());
    Serde<String> keys = Serdes.String();
    MinHasher hasher = new MinHasher(settings.signatureSize(), settings.shingleWords());

    // 1. Same canonical URL: keyed by article id.
    KStream<String, Step> byUrl = articles
        .repartition(Repartitioned.with(keys, serdes.article()).withName("dedup-by-id"))
        .processValues(fixedKey(() -> new UrlVersionProcessor(settings.horizon()),
            compactStore(UrlVersionProcessor.STORE, DedupSerdes.urlState())), Named.as("dedup-url"));
    KStream<String, PendingArticle> pending = pendingOf(byUrl, "dedup-url");
    // The article goes straight to its deciding task (3b); the content and band stages get a body-less probe
    // with the signature, computed here once.
    KStream<String, DecisionInput> awaiting = pending
        .filter((id, p) -> !p.registerOnly(), Named.as("dedup-decided-pages"))
        .map((id, p) -> KeyValue.pair(p.article().getId(), DecisionInput.of(p)), Named.as("dedup-await"));
    // 2. Same normalised body under another id: keyed by content hash.
    KStream<String, ContentStep> byContent = pending
        .map((id, p) -> KeyValue.pair(p.article().getContentHash(), new ContentProbe(p.article().getId(),
            p.article().getVersion(), p.orderTime(), p.registerOnly(), hasher.sign(p.article().getBody()))),
            Named.as("dedup-content-probe"))
        .repartition(Repartitioned.with(keys, DedupSerdes.contentProbe()).withName("dedup-by-content"))
        .process(keyChanging(() -> new ContentHashProcessor(settings.horizon(), settings.bands()),
            compactStore(ContentHashProcessor.STORE, DedupSerdes.contentOwner())), Named.as("dedup-content"));
    // 3a. Near-duplicates: one probe per band shard holding some of the article's LSH bands, answered from
    //     those bands' buckets.
    KStream<String, DecisionInput> replies = byContent
        .filter((hash, s) -> s.passOn() != null, Named.as("dedup-content-passed"))
        .flatMap((hash, s) -> probes(s.passOn(), settings), Named.as("dedup-band-probes"))
        .repartition(Repartitioned.with(keys, DedupSerdes.bandProbe()).withName("dedup-by-band")
            .withNumberOfPartitions(settings.bandShards()).withStreamPartitioner(BandShards.partitioner()))
        .process(keyChanging(() -> new BandProcessor(settings.horizon(), settings.nearThreshold(), settings.bands(),
                settings.rows()),
            compactStore(BandProcessor.STORE, DedupSerdes.bandBucket()),
            compactStore(BandProcessor.SIGNATURES, DedupSerdes.storedSignature())), Named.as("dedup-band"));
    // SAME_CONTENT verdicts and exact corrections, keyed by the id they are for.
    KStream<String, DecisionInput> contentReplies = byContent
        .filter((key, s) -> s.toDecide() != null, Named.as("dedup-content-replies"))
        .mapValues(ContentStep::toDecide, Named.as("dedup-content-reply-value"));
    // 3b. The article, its band replies and corrections meet by article id; decided once all bands replied.
    KStream<String, PageOutcome> decided = awaiting
        .merge(replies, Named.as("dedup-gather"))
        .merge(contentReplies, Named.as("dedup-gather-corrections"))
        .repartition(Repartitioned.with(keys, internal.decisionInput()).withName("dedup-decide-by-id"))
        .process(keyChanging(() -> new DecisionProcessor(settings.bands(), settings.horizon()),
            store(DecisionProcessor.STORE, DedupSerdes.pendingDecision()),
            store(DecisionProcessor.ARTICLES, internal.pendingArticle()),
            compactStore(DecisionProcessor.VERDICTS, DedupSerdes.verdict())), Named.as("dedup-decide"));

    return decidedOf(byUrl, "dedup-url")
        .merge(decided, Named.as("dedup-outcomes"));
  }

  /** Every dedup store is persistent (RocksDB) and changelog-backed, so a restarted instance recovers it. */
  private static <V> StoreBuilder<KeyValueStore<String, V>> store(String name, Serde<V> values) {
    return Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(name), Serdes.String(), values)
        .withLoggingEnabled(Map.of());
  }

  /**
   * Stores keyed by an id, a content hash or a band key are keyed by the bytes its hex spells ({@link CompactKeys}):
   * half the key bytes. Only the in-flight decisions keep string keys.
   */
  private static <V> StoreBuilder<KeyValueStore<Bytes, V>> compactStore(String name, Serde<V> values) {
    return Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(name), Serdes.Bytes(), values)
        .withLoggingEnabled(Map.of());
  }

  private static <KI, VI, VO> FixedKeyProcessorSupplier<KI, VI, VO> fixedKey(
      Supplier<FixedKeyProcessor<KI, VI, VO>> processor, StoreBuilder<?> store) {
    return new FixedKeyProcessorSupplier<>() {
      @Override
      public FixedKeyProcessor<KI, VI, VO> get() {
        return processor.get();
      }

      @Override
      public Set<StoreBuilder<?>> stores() {
        return Set.of(store);
      }
    };
  }

  private static <KI, VI, KO, VO> ProcessorSupplier<KI, VI, KO, VO> keyChanging(
      Supplier<Processor<KI, VI, KO, VO>> processor, StoreBuilder<?>... stores) {
    return new ProcessorSupplier<>() {
      @Override
      public Processor<KI, VI, KO, VO> get() {
        return processor.get();
      }

      @Override
      public Set<StoreBuilder<?>> stores() {
        return Set.of(stores);
      }
    };
  }

  /** One probe per shard that holds some of the article's bands, keyed by the shard number. */
  private static List<KeyValue<String, BandProbe>> probes(ContentProbe p, StreamsAppConfig.Dedup settings) {
    List<String> bandKeys = p.signature().bandKeys(settings.bands(), settings.rows());
    long[] bandsOfShard = new long[settings.bandShards()];
    for (int band = 0; band < bandKeys.size(); band++) {
      bandsOfShard[BandShards.of(bandKeys.get(band), settings.bandShards())] |= 1L << band;
    }
    List<KeyValue<String, BandProbe>> out = new ArrayList<>();
    for (int shard = 0; shard < bandsOfShard.length; shard++) {
      if (bandsOfShard[shard] != 0) {
        out.add(KeyValue.pair(String.valueOf(shard), new BandProbe(p.id(), p.version(), bandsOfShard[shard],
            p.orderTime(), p.signature(), p.registerOnly())));
      }
    }
    return out;
  }

  private static KStream<String, PendingArticle> pendingOf(KStream<String, Step> steps, String name) {
    return steps.filter((k, s) -> s.pending() != null, Named.as(name + "-pending"))
        .mapValues(Step::pending, Named.as(name + "-pending-value"));
  }

  private static KStream<String, PageOutcome> decidedOf(KStream<String, Step> steps, String name) {
    return steps.filter((k, s) -> s.isDecided(), Named.as(name + "-decided"))
        .mapValues(Step::decided, Named.as(name + "-decided-value"));
  }
}
