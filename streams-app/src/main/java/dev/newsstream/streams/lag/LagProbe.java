package dev.newsstream.streams.lag;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.GroupListing;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.ListStreamsGroupOffsetsSpec;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.GroupState;
import org.apache.kafka.common.GroupType;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * Kafka glue of the lag monitor: reads, for each group, its state and committed offsets (Admin), the end offsets
 * of those partitions, and the timestamp of the oldest unconsumed record of each lagging partition. That record
 * is read by a consumer that only assigns and seeks: it never joins or commits to any group.
 */
public final class LagProbe implements AutoCloseable {
  private static final Set<GroupState> INACTIVE = Set.of(GroupState.EMPTY, GroupState.DEAD, GroupState.UNKNOWN);
  private final Admin admin;
  private final KafkaConsumer<byte[], byte[]> reader;
  private final Duration requestTimeout;
  private final Duration recordTimeout;
  private final String bootstrap;

  /**
   * @param clientProps bootstrap.servers plus any client settings (security...), shared by admin and reader
   * @param recordTimeout how long to wait for the oldest unconsumed records; past it, seconds are interpolated
   */
  public LagProbe(Properties clientProps, Duration recordTimeout) {
    this.admin = Admin.create(clientProps);
    Properties c = new Properties();
    c.putAll(clientProps);
    c.remove(ConsumerConfig.GROUP_ID_CONFIG);
    c.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
    c.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
    c.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
    c.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"); // Committed offset already deleted: oldest kept.
    c.put(ConsumerConfig.CLIENT_ID_CONFIG, "newsstream-lag-reader");
    // We need one record per partition: the broker still returns at least one whole batch.
    c.put(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, "1");
    c.put(ConsumerConfig.FETCH_MAX_BYTES_CONFIG, "1");
    this.reader = new KafkaConsumer<>(c);
    this.requestTimeout = Duration.ofSeconds(15);
    this.bootstrap = String.valueOf(clientProps.get(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG));
    this.recordTimeout = recordTimeout;
  }

  /** Admin/consumer settings from the app's config: bootstrap servers plus every {@code kafka.*} key. */
  /** How long one request to the cluster is waited for (the figure the "no answer" message gives). */
  public Duration requestTimeout() {
    return requestTimeout;
  }

  public String bootstrap() {
    return bootstrap;
  }

  public static Properties clientProperties(dev.newsstream.streams.config.StreamsAppConfig cfg) {
    Properties p = new Properties();
    p.putAll(cfg.kafkaOverrides());
    p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, cfg.bootstrapServers());
    return p;
  }

  public List<GroupSnapshot> probe(List<String> groups) {
    Map<String, GroupListing> listings = new HashMap<>();
    try {
      for (GroupListing l : admin.listGroups().all().get(requestTimeout.toMillis(), TimeUnit.MILLISECONDS)) {
        listings.put(l.groupId(), l);
      }
    } catch (ExecutionException | TimeoutException e) {
      long now = System.currentTimeMillis();
      return groups.stream().map(g -> GroupSnapshot.failed(g, now, "cannot list groups: " + message(e))).toList();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
    List<GroupSnapshot> out = new ArrayList<>();
    for (String group : groups) {
      out.add(probe(group, listings.get(group)));
    }
    return out;
  }

  private GroupSnapshot probe(String group, GroupListing listing) {
    String state = listing == null ? "DEAD" : listing.groupState().map(GroupState::name).orElse("UNKNOWN");
    boolean active = listing != null && listing.groupState().map(s -> !INACTIVE.contains(s)).orElse(false);
    try {
      Map<TopicPartition, Long> committed = committedOffsets(group, listing);
      Map<TopicPartition, Long> end = endOffsets(committed.keySet());
      long atMs = System.currentTimeMillis();
      Set<TopicPartition> lagging = new HashSet<>();
      committed.forEach((tp, c) -> {
        if (end.getOrDefault(tp, c) > c) {
          lagging.add(tp);
        }
      });
      Map<TopicPartition, Long> oldest = oldestUnconsumedTimestamps(committed, lagging);
      List<GroupSnapshot.Partition> parts = new ArrayList<>();
      committed.forEach((tp, c) -> parts.add(new GroupSnapshot.Partition(tp.topic(), tp.partition(), c,
          end.getOrDefault(tp, c), oldest.get(tp))));
      return new GroupSnapshot(group, state, active, atMs, parts, null);
    } catch (ExecutionException | TimeoutException e) {
      return GroupSnapshot.failed(group, System.currentTimeMillis(), message(e));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }

  private Map<TopicPartition, Long> committedOffsets(String group, GroupListing listing)
      throws ExecutionException, InterruptedException, TimeoutException {
    boolean streamsGroup = listing != null && listing.type().orElse(GroupType.UNKNOWN) == GroupType.STREAMS;
    Map<TopicPartition, OffsetAndMetadata> raw = streamsGroup
        ? admin.listStreamsGroupOffsets(Map.of(group, new ListStreamsGroupOffsetsSpec())).partitionsToOffsetAndMetadata(group)
            .get(requestTimeout.toMillis(), TimeUnit.MILLISECONDS)
        : admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata()
            .get(requestTimeout.toMillis(), TimeUnit.MILLISECONDS);
    Map<TopicPartition, Long> out = new HashMap<>();
    raw.forEach((tp, om) -> {
      if (om != null) {
        out.put(tp, om.offset());
      }
    });
    return out;
  }

  private Map<TopicPartition, Long> endOffsets(Set<TopicPartition> partitions)
      throws ExecutionException, InterruptedException, TimeoutException {
    Map<TopicPartition, OffsetSpec> request = new HashMap<>();
    partitions.forEach(tp -> request.put(tp, OffsetSpec.latest()));
    Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> infos = admin.listOffsets(request).all()
        .get(requestTimeout.toMillis(), TimeUnit.MILLISECONDS);
    Map<TopicPartition, Long> out = new HashMap<>();
    infos.forEach((tp, info) -> out.put(tp, info.offset()));
    return out;
  }

  /** Timestamp of the record at each lagging partition's committed offset; partitions that time out are absent. */
  private Map<TopicPartition, Long> oldestUnconsumedTimestamps(Map<TopicPartition, Long> committed,
      Set<TopicPartition> lagging) {
    Map<TopicPartition, Long> out = new HashMap<>();
    if (lagging.isEmpty()) {
      return out;
    }
    reader.assign(lagging);
    lagging.forEach(tp -> reader.seek(tp, committed.get(tp)));
    Set<TopicPartition> pending = new HashSet<>(lagging);
    long deadline = System.nanoTime() + recordTimeout.toNanos();
    try {
      while (!pending.isEmpty() && System.nanoTime() < deadline) {
        for (ConsumerRecord<byte[], byte[]> r : reader.poll(Duration.ofMillis(100))) {
          TopicPartition tp = new TopicPartition(r.topic(), r.partition());
          if (pending.remove(tp) && r.timestamp() >= 0) {
            out.put(tp, r.timestamp());
          }
          reader.pause(Set.of(tp));
        }
      }
    } finally {
      reader.assign(Set.of());
    }
    return out;
  }

  private String message(Exception e) {
    Throwable cause = e instanceof ExecutionException && e.getCause() != null ? e.getCause() : e;
    if (cause instanceof TimeoutException || cause instanceof org.apache.kafka.common.errors.TimeoutException) {
      return "no answer from the cluster within " + requestTimeout.toSeconds() + " s (is " + bootstrap
          + " reachable, are the kafka.* security settings right?)";
    }
    return cause.getClass().getSimpleName() + ": " + cause.getMessage();
  }

  @Override
  public void close() {
    // Read-only: nothing to finish. A request the cluster never answered stays pending in the admin client, and
    // waiting for it on close made "no answer within 15 s" take 27 s.
    reader.close(Duration.ZERO);
    admin.close(Duration.ZERO);
  }
}
