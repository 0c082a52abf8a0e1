package dev.newsstream.streams.reliability;

import dev.newsstream.streams.reliability.HangingTransactions.Coordinator;
import dev.newsstream.streams.reliability.HangingTransactions.Open;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.AbortTransactionSpec;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListTopicsOptions;
import org.apache.kafka.clients.admin.ListTransactionsOptions;
import org.apache.kafka.clients.admin.ProducerState;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.admin.TransactionDescription;
import org.apache.kafka.clients.admin.TransactionListing;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.internals.Topic;
import org.apache.kafka.common.utils.Utils;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Kafka glue of {@link HangingTransactions}: finds this app's hanging transactions on the partitions it writes (its
 * internal topics, its output topics and the group's {@code __consumer_offsets} partition) and aborts them with
 * Admin abortTransaction (KIP-664, what {@code kafka-transactions.sh abort} does).
 *
 * <p>Aborting is what keeps exactly-once here: the markers are lost on every partition of the transaction at once
 * (the whole single-node cluster is leaderless at the same moment), so aborting all of them undoes its outputs,
 * changelog writes and input offsets together, and the pages are processed again from the offsets committed before
 * it. What the repair cannot undo: a transaction whose markers reached some partitions and not others (a
 * multi-broker cluster where only some leaders were gone); its committed part stays, so its pages may be output
 * twice. Best effort: a broker that does not answer within {@link #CALL_TIMEOUT} ends the attempt without error.
 */
public final class HangingTransactionRepair {
  private static final Logger LOG = LoggerFactory.getLogger(HangingTransactionRepair.class);
  /** Bound of each Admin call. */
  static final Duration CALL_TIMEOUT = Duration.ofSeconds(15);

  private final Admin admin;
  private final String applicationId;
  private final Set<String> outputTopics;

  /**
   * @param admin a client of the app's cluster (not closed here)
   * @param outputTopics topics the app writes besides its internal {@code <application.id>-*} topics; absent ones
   *     are skipped
   */
  public HangingTransactionRepair(Admin admin, String applicationId, Collection<String> outputTopics) {
    this.admin = admin;
    this.applicationId = applicationId;
    this.outputTopics = new TreeSet<>(outputTopics);
  }

  /**
   * Finds and aborts this app's hanging transactions.
   *
   * @return the aborted ones (empty when there were none or the cluster did not answer)
   */
  public List<Open> repair() {
    try {
      List<TopicPartition> partitions = partitionsWritten();
      List<Open> before = partitions.isEmpty() ? List.of() : open(partitions);
      if (before.isEmpty()) {
        return List.of();
      }
      Map<Long, Coordinator> coordinators = coordinators(before);
      List<Open> after = open(before.stream().map(Open::partition).distinct().toList());
      List<Open> hanging = HangingTransactions.hanging(before, coordinators, after, applicationId + "-");
      for (Open h : hanging) {
        Coordinator c = coordinators.get(h.producerId());
        admin.abortTransaction(new AbortTransactionSpec(h.partition(), h.producerId(), (short) h.producerEpoch(),
            h.coordinatorEpoch())).all().get(CALL_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        LOG.warn("Aborted a hanging transaction on {} (open since offset {}; producer id {} epoch {}, transactional"
            + " id {}, which its coordinator holds as {} at epoch {}): the broker lost its markers, and it blocked"
            + " offset fetches and read_committed readers; its pages are processed again", h.partition(),
            h.startOffset(), h.producerId(), h.producerEpoch(), c.transactionalId(), c.state(), c.producerEpoch());
      }
      return hanging;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return List.of();
    } catch (Exception e) {
      // Broker down or restarting: the next attempt (StreamsRunner repeats it until RUNNING) will look again.
      LOG.debug("Hanging-transaction check skipped: {}", e.toString());
      return List.of();
    }
  }

  /** The group's offsets partition, every partition of the internal topics and of the existing output topics. */
  List<TopicPartition> partitionsWritten() throws Exception {
    Set<String> topics = new LinkedHashSet<>();
    // Internal ones listed too: __consumer_offsets exists only once some group committed.
    for (String t : admin.listTopics(new ListTopicsOptions().listInternal(true)).names()
        .get(CALL_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
      if (t.startsWith(applicationId + "-") || outputTopics.contains(t) || t.equals(Topic.GROUP_METADATA_TOPIC_NAME)) {
        topics.add(t);
      }
    }
    if (topics.isEmpty()) {
      return List.of();
    }
    Map<String, TopicDescription> described = admin.describeTopics(topics).allTopicNames()
        .get(CALL_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
    List<TopicPartition> result = new ArrayList<>();
    described.forEach((name, d) -> {
      if (name.equals(Topic.GROUP_METADATA_TOPIC_NAME)) {
        // The group coordinator's partition, as Kafka computes it.
        result.add(new TopicPartition(name, Utils.abs(applicationId.hashCode()) % d.partitions().size()));
      } else {
        d.partitions().forEach(p -> result.add(new TopicPartition(name, p.partition())));
      }
    });
    return result;
  }

  private List<Open> open(List<TopicPartition> partitions) throws Exception {
    List<Open> result = new ArrayList<>();
    Map<TopicPartition, org.apache.kafka.clients.admin.DescribeProducersResult.PartitionProducerState> states =
        admin.describeProducers(partitions).all().get(CALL_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
    states.forEach((tp, state) -> {
      for (ProducerState p : state.activeProducers()) {
        if (p.currentTransactionStartOffset().isPresent()) {
          result.add(new Open(tp, p.producerId(), p.producerEpoch(), p.coordinatorEpoch().orElse(-1),
              p.currentTransactionStartOffset().getAsLong()));
        }
      }
    });
    return result;
  }

  private Map<Long, Coordinator> coordinators(List<Open> open) throws Exception {
    Set<Long> producerIds = new LinkedHashSet<>();
    open.forEach(o -> producerIds.add(o.producerId()));
    Collection<TransactionListing> listings = admin.listTransactions(
        new ListTransactionsOptions().filterProducerIds(producerIds)).all()
        .get(CALL_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
    List<String> ids = listings.stream().map(TransactionListing::transactionalId)
        .filter(id -> id.startsWith(applicationId + "-")).toList();
    Map<Long, Coordinator> result = new HashMap<>();
    if (ids.isEmpty()) {
      return result;
    }
    Map<String, TransactionDescription> described = admin.describeTransactions(ids).all()
        .get(CALL_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
    described.forEach((id, d) -> result.put(d.producerId(),
        new Coordinator(id, d.producerId(), d.producerEpoch(), d.state(), d.topicPartitions())));
    return result;
  }
}
