package dev.newsstream.streams.dedup;

import dev.newsstream.schema.Article;
import dev.newsstream.schema.serde.AvroSerde;
import dev.newsstream.streams.outcome.PageOutcome;
import dev.newsstream.streams.config.StreamsAppConfig;
import dev.newsstream.streams.dedup.DedupMessages.BandProbe;
import dev.newsstream.streams.dedup.DedupMessages.DecisionInput;
import dev.newsstream.streams.dedup.DedupMessages.PendingArticle;
import dev.newsstream.streams.dedup.DedupMessages.Step;
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
 *  articles ─by id─► 1 URL versions ─SAME_URL──────────────────────────────────────────────┐
 *                      ├─ the article (same task, no topic) ─────────────────────┐          ├─► outcomes
 *                      └─ a body-less probe per band shard ─by shard─► 2 bands   ├─► 3 decide┘
 *                           (+ exact content in the content hash's shard) ─by id─┘
 * </pre>
 * Records per page through the repartition topics (default 2 band shards): the article once (by id), two band
 * probes (~180 bytes, no body) and two replies. {@code dedup-by-id} and {@code dedup-decide-by-id} both have
 * {@code dedup.id.partitions} partitions, so stages 1 and 3 of an id run in one task (one sub-topology reads both).
 * Each hop is a repartition topic, so copies on different partitions and instances meet in one task. Stores
 * are changelog-backed (the long-lived ones in RocksDB, the in-flight decisions in memory) and swept to the
 * {@code dedup.horizon}.
 */
public final class DedupStage {
  /** Repartition topic of the articles by id (hop 1); {@code <application.id>-dedup-by-id-repartition}. */
  public static final String BY_ID = "dedup-by-id";
  /** Repartition topic of the band replies and corrections by id (to the task holding the article). */
  public static final String DECIDE_BY_ID = "dedup-decide-by-id";

  private DedupStage() {}

  /** Internal records and stores only: the output topics' serdes do not reach inside (plain Avro, compact serdes). */
  public static KStream<String, PageOutcome> apply(KStream<String, Article> articles, StreamsAppConfig config) {
    StreamsAppConfig.Dedup settings = config.dedup();
    // The article inside the dedup stage (hop 1, the hop to its deciding task, the pending store) is plain Avro
    // whatever the output topics use: only this app reads it, so no registry lookup, wire-format header or schema
    // registered under an internal topic's name, and no registry outage can stall an internal hop or a store write.
    Serde<Article> articleSerde = new AvroSerde<>(Article.class);
    DedupSerdes internal = new DedupSerdes(articleSerde);
    Serde<String> keys = Serdes.String();
    MinHasher hasher = new MinHasher(settings.signatureSize(), settings.shingleWords());

    // 1. Same canonical URL: keyed by article id. The partition count is explicit and equal to the replies' topic
    //    (3): one task reads partition p of both, so an article and its replies meet without a hop of the article.
    KStream<String, Step> byUrl = articles
        .repartition(Repartitioned.with(keys, articleSerde).withName(BY_ID)
            .withNumberOfPartitions(settings.idPartitions()))
        .processValues(fixedKey(() -> new UrlVersionProcessor(settings.horizon()),
            compactStore(UrlVersionProcessor.STORE, DedupSerdes.urlState())), Named.as("dedup-url"));
    KStream<String, PendingArticle> pending = pendingOf(byUrl, "dedup-url");
    // The article goes straight to the decision stage (3) in this same task, no topic between; the band stage gets
    // body-less probes with the signature, computed here once.
    KStream<String, DecisionInput> awaiting = pending
        .filter((id, p) -> !p.registerOnly(), Named.as("dedup-decided-pages"))
        .mapValues(DecisionInput::of, Named.as("dedup-await"));
    // 2. Exact copies and near-duplicates: one probe per band shard holding some of the article's LSH bands,
    //     answered from those bands' buckets; the probe to the shard of the content hash also checks the body.
    KStream<String, DecisionInput> replies = pending
        .flatMap((id, p) -> probes(p, hasher, settings), Named.as("dedup-band-probes"))
        .repartition(Repartitioned.with(keys, DedupSerdes.bandProbe()).withName("dedup-by-band")
            .withNumberOfPartitions(settings.bandShards()).withStreamPartitioner(BandShards.partitioner()))
        .process(keyChanging(() -> new BandProcessor(settings.horizon(), settings.nearThreshold(), settings.bands(),
                settings.rows()),
            compactStore(BandProcessor.SIGNATURES, DedupSerdes.storedSignature()),
            compactStore(BandProcessor.CONTENT, DedupSerdes.contentOwner())), Named.as("dedup-band"));
    // 3. The article (from this task's URL stage), its band replies and corrections (by article id, through a topic
    //    partitioned like dedup-by-id, so they reach the task that holds the article) meet; decided once all bands
    //    replied. The decision, the URL stage and their stores form one sub-topology reading both topics.
    KStream<String, DecisionInput> answers = replies
        .repartition(Repartitioned.with(keys, internal.decisionInput()).withName(DECIDE_BY_ID)
            .withNumberOfPartitions(settings.idPartitions()));
    KStream<String, PageOutcome> decided = awaiting
        .merge(answers, Named.as("dedup-gather"))
        .process(keyChanging(() -> new DecisionProcessor(settings.bands(), settings.horizon()),
            inFlightStore(DecisionProcessor.STORE, DedupSerdes.pendingDecision()),
            inFlightStore(DecisionProcessor.ARTICLES, internal.pendingArticle()),
            compactStore(DecisionProcessor.VERDICTS, DedupSerdes.verdict())), Named.as("dedup-decide"));

    return decidedOf(byUrl, "dedup-url")
        .merge(decided, Named.as("dedup-outcomes"));
  }

  /**
   * The in-flight decisions (a page's pending state and its article, from its arrival at the deciding task until
   * its last band reply, milliseconds to seconds later) are in memory, changelog-backed like every dedup store, so a
   * restarted or migrated task restores them from the changelog. They hold only what is in flight, so RocksDB buys
   * nothing here but costs a native write of the ~4 KB article and of the small state per arrival, a native read
   * per reply, and the memtable flushes and compactions of data deleted moments later.
   */
  private static <V> StoreBuilder<KeyValueStore<String, V>> inFlightStore(String name, Serde<V> values) {
    return Stores.keyValueStoreBuilder(Stores.inMemoryKeyValueStore(name), Serdes.String(), values)
        .withLoggingEnabled(Map.of());
  }

  /**
   * Every other dedup store is persistent (RocksDB) and changelog-backed, so a restarted instance recovers it. Stores
   * keyed by an id, a content hash or a band key are keyed by the bytes its hex spells ({@link CompactKeys}): half
   * the key bytes. Only the in-flight decisions keep string keys.
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

  /**
   * One probe per shard that holds some of the article's bands, keyed by the shard number; the probe to the shard
   * of the content hash carries the hash (that shard checks the body, even if it holds none of the bands).
   */
  private static List<KeyValue<String, BandProbe>> probes(PendingArticle p, MinHasher hasher,
      StreamsAppConfig.Dedup settings) {
    Article a = p.article();
    MinHashSignature signature = hasher.sign(a.getBody());
    List<String> bandKeys = signature.bandKeys(settings.bands(), settings.rows());
    long[] bandsOfShard = new long[settings.bandShards()];
    for (int band = 0; band < bandKeys.size(); band++) {
      bandsOfShard[BandShards.of(bandKeys.get(band), settings.bandShards())] |= 1L << band;
    }
    int contentShard = BandShards.of(a.getContentHash(), settings.bandShards());
    List<KeyValue<String, BandProbe>> out = new ArrayList<>();
    for (int shard = 0; shard < bandsOfShard.length; shard++) {
      if (bandsOfShard[shard] != 0 || shard == contentShard) {
        out.add(KeyValue.pair(String.valueOf(shard), new BandProbe(a.getId(), a.getVersion(), bandsOfShard[shard],
            p.orderTime(), signature, p.registerOnly(), shard == contentShard ? a.getContentHash() : null,
            StoredSignature.bodyPrint(a.getContentHash()))));
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
