package dev.newsstream.streams.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsstream.streams.dedup.DedupMessages.BandProbe;
import dev.newsstream.streams.dedup.DedupMessages.BandReply;
import dev.newsstream.streams.dedup.DedupMessages.DecisionInput;
import dev.newsstream.streams.dedup.DedupStories.Story;
import dev.newsstream.streams.parse.TextNormalizer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.api.MockProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;
import org.junit.jupiter.api.Test;

/**
 * The band task's buckets live in memory and are rebuilt from its signature store in {@link BandProcessor#init}, which
 * Kafka Streams calls after restoring the stores and again when it revives a task (a dirty close under exactly-once
 * wipes the stores and restores them from the changelogs, dropping an aborted transaction's writes). A task on a
 * restored copy of the stores must answer every probe as the task that wrote them, and a re-initialised task must hold
 * what its stores hold, nothing of the writes that were rolled back.
 */
class BandProcessorRestoreTest {
  private static final int BANDS = 20;
  private static final int ROWS = 3;
  private static final Duration HORIZON = Duration.ofDays(30);
  private final MinHasher hasher = new MinHasher(BANDS * ROWS, 3);

  /** One band task: the processor, its context and its two stores. */
  private static final class Task {
    final MockProcessorContext<String, DecisionInput> context = new MockProcessorContext<>();
    final KeyValueStore<Bytes, StoredSignature> signatures = store(BandProcessor.SIGNATURES,
        DedupSerdes.storedSignature(), context);
    final KeyValueStore<Bytes, DedupMessages.ContentOwner> owners = store(BandProcessor.CONTENT,
        DedupSerdes.contentOwner(), context);
    final BandProcessor processor = new BandProcessor(HORIZON, 0.5, BANDS, ROWS);

    Task init() {
      processor.init(context);
      return this;
    }

    /** The canonical answers (matches and corrections as sets, see {@link #canonical}) to these probes. */
    Set<String> answer(List<BandProbe> probes) {
      context.resetForwards();
      for (BandProbe p : probes) {
        processor.process(new Record<>(String.valueOf(0), p, p.orderTime()));
      }
      Set<String> out = new HashSet<>();
      context.forwarded().forEach(f -> out.add(canonical(f.record().key(), f.record().value())));
      return out;
    }

    /** The store's content, serialised (what a changelog restores). */
    List<KeyValue<Bytes, byte[]>> snapshot() {
      List<KeyValue<Bytes, byte[]>> out = new ArrayList<>();
      try (KeyValueIterator<Bytes, StoredSignature> it = signatures.all()) {
        it.forEachRemaining(kv -> out.add(KeyValue.pair(kv.key,
            DedupSerdes.storedSignature().serializer().serialize("", kv.value))));
      }
      return out;
    }

    /** Replaces the store's content, as a wipe and a restore from the changelog would. */
    void restoreTo(List<KeyValue<Bytes, byte[]>> committed) {
      List<Bytes> keys = new ArrayList<>();
      try (KeyValueIterator<Bytes, StoredSignature> it = signatures.all()) {
        it.forEachRemaining(kv -> keys.add(kv.key));
      }
      keys.forEach(signatures::delete);
      committed.forEach(kv -> signatures.put(kv.key,
          DedupSerdes.storedSignature().deserializer().deserialize("", kv.value)));
    }
  }

  private static <V> KeyValueStore<Bytes, V> store(String name, Serde<V> values,
      MockProcessorContext<String, DecisionInput> context) {
    KeyValueStore<Bytes, V> store = Stores.keyValueStoreBuilder(Stores.inMemoryKeyValueStore(name), Serdes.Bytes(),
        values).withLoggingDisabled().build();
    store.init(context.getStateStoreContext(), store);
    context.addStateStore(store);
    return store;
  }

  @Test
  void aTaskOnRestoredStoresAnswersAsTheTaskThatWroteThem() {
    List<BandProbe> first = probes(0, 40, 0);
    List<BandProbe> second = probes(0, 40, 1);
    Task writer = new Task().init();
    writer.answer(first);
    Task restored = new Task();
    restored.restoreTo(writer.snapshot());
    restored.init();
    assertThat(sameBuckets(writer, restored, first)).isTrue();
    Set<String> fromWriter = writer.answer(second);
    assertThat(fromWriter).as("the copies do find their originals").anyMatch(a -> a.contains("NearMatch["));
    assertThat(restored.answer(second)).isEqualTo(fromWriter);
    assertThat(restored.snapshot()).usingElementComparator(Comparator.comparing((KeyValue<Bytes, byte[]> kv) ->
        kv.key).thenComparing(kv -> kv.value, java.util.Arrays::compare)).containsExactlyElementsOf(writer.snapshot());
  }

  @Test
  void aRevivedTaskHoldsWhatItsRestoredStoresHoldNotTheAbortedWrites() {
    List<BandProbe> committed = probes(0, 20, 0);
    List<BandProbe> aborted = probes(20, 40, 0);
    List<BandProbe> after = probes(0, 40, 1);
    Task task = new Task().init();
    task.answer(committed);
    List<KeyValue<Bytes, byte[]>> checkpoint = task.snapshot();
    task.answer(aborted);
    // The transaction aborts: Streams closes the task dirty, wipes and restores its stores, and initialises it again.
    task.restoreTo(checkpoint);
    task.init();
    Task fresh = new Task();
    fresh.restoreTo(checkpoint);
    fresh.init();
    List<BandProbe> all = new ArrayList<>(committed);
    all.addAll(aborted);
    assertThat(sameBuckets(task, fresh, all)).as("no trace of the aborted probes in the buckets").isTrue();
    assertThat(task.answer(after)).isEqualTo(fresh.answer(after));
  }

  @Test
  void anExpiredBodyLeavesItsBucketsWithItsSignature() {
    Task task = new Task().init();
    List<BandProbe> originals = probes(0, 5, 0);
    task.answer(originals);
    long later = originals.get(0).orderTime() + HORIZON.toMillis() + Duration.ofDays(2).toMillis();
    task.context.scheduledPunctuators().forEach(p -> p.getPunctuator().punctuate(later));
    assertThat(task.snapshot()).isEmpty();
    for (BandProbe p : originals) {
      for (String key : p.signature().bandKeys(BANDS, ROWS)) {
        assertThat(task.processor.buckets().get(CompactKeys.of(key))).isEmpty();
      }
    }
    assertThat(task.processor.buckets().size()).isZero();
  }

  /** Every band key the probes touch holds the same bodies in both tasks (in any order). */
  private static boolean sameBuckets(Task a, Task b, List<BandProbe> probes) {
    for (BandProbe p : probes) {
      for (String key : p.signature().bandKeys(BANDS, ROWS)) {
        Bytes k = CompactKeys.of(key);
        if (!new HashSet<>(a.processor.buckets().get(k)).equals(new HashSet<>(b.processor.buckets().get(k)))) {
          return false;
        }
      }
    }
    return a.processor.buckets().size() == b.processor.buckets().size();
  }

  /**
   * Probes for stories [from, to) of the bundled set, all bands in this one task: round 0 the stories, round 1 a copy
   * of each with its last paragraph dropped (a near-duplicate) under another id, one day later.
   */
  private List<BandProbe> probes(int from, int to, int round) {
    List<BandProbe> out = new ArrayList<>();
    List<Story> stories = TestPages.STORIES;
    for (int i = from; i < Math.min(to, stories.size()); i++) {
      List<String> paragraphs = stories.get(i).paragraphs();
      String body = String.join("\n\n", round == 0 || paragraphs.size() < 3 ? paragraphs
          : paragraphs.subList(0, paragraphs.size() - 1));
      long h = (i + 1) * 0x9E3779B97F4A7C15L + round;
      String id = String.format("%016x%016x", h, ~h);
      long t = 1_765_000_000_000L + i * 60_000L + round * 86_400_000L;
      long allBands = (1L << BANDS) - 1;
      out.add(new BandProbe(id, 1, allBands, t, hasher.sign(body), false, TextNormalizer.contentHash(body)));
    }
    return out;
  }

  /** A forwarded reply or correction with its matches as a sorted list: bucket order is not kept by a restore. */
  private static String canonical(String key, DecisionInput in) {
    if (in.reply() != null) {
      BandReply r = in.reply();
      return key + " reply " + r.decisionKey() + " " + r.bands() + " " + r.matches().stream().map(Object::toString)
          .sorted().toList() + " " + r.sameContent() + " " + r.contentChecked();
    }
    return key + " " + in;
  }
}
