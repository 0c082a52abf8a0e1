package dev.newsstream.streams.cli;

import dev.newsstream.streams.config.StreamsAppConfig;
import dev.newsstream.streams.dedup.DedupStage;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Start-up check of the internal topics whose partition count is {@code dedup.id.partitions}: the two by-id
 * repartition topics and the changelogs of the URL/decision sub-topology's stores. One task reads partition p of
 * both repartition topics; were their counts to differ, an article and its band replies would land in different
 * tasks. Kafka Streams refuses an existing internal topic whose count differs from the topology's too, but inside
 * its partition assignor, as a failing stream thread; this says which topic and what to do, before anything starts.
 */
public final class IdTopicLayout {
  private static final Logger LOG = LoggerFactory.getLogger(IdTopicLayout.class);
  /** Stores of the URL/decision sub-topology: their changelogs have one partition per task. */
  static final List<String> STORES = List.of("dedup-urls", "dedup-pending", "dedup-pending-articles", "dedup-verdicts");

  private IdTopicLayout() {}

  /** The internal topics (full names) whose partition count must equal {@code dedup.id.partitions}. */
  static List<String> topics(String applicationId) {
    List<String> out = new java.util.ArrayList<>();
    out.add(applicationId + "-" + DedupStage.BY_ID + "-repartition");
    out.add(applicationId + "-" + DedupStage.DECIDE_BY_ID + "-repartition");
    STORES.forEach(s -> out.add(applicationId + "-" + s + "-changelog"));
    return out;
  }

  /**
   * @param existing partition count of each of {@link #topics} that exists (absent ones are created by Kafka Streams)
   * @return null when every existing one has {@code idPartitions} partitions, else the error line for the operator
   */
  static String mismatch(int idPartitions, Map<String, Integer> existing) {
    Map<String, Integer> wrong = new LinkedHashMap<>();
    existing.forEach((topic, n) -> {
      if (n != idPartitions) {
        wrong.put(topic, n);
      }
    });
    if (wrong.isEmpty()) {
      return null;
    }
    return "dedup.id.partitions is " + idPartitions + " but existing internal topics have other partition counts: "
        + wrong + ". The URL and decision stages of an article must run in one task; set dedup.id.partitions to the "
        + "count these topics were created with, or reset the application (kafka-streams-application-reset and the "
        + "local state directory; docs/DEDUP.md, \"Upgrading past issue 16 item 5 (session 9)\")";
  }

  /** {@link #mismatch} against the cluster; null (with a warning) when the topics cannot be described. */
  public static String check(StreamsAppConfig cfg) {
    Properties props = cfg.adminProperties();
    Map<String, Integer> existing = new LinkedHashMap<>();
    try (Admin admin = Admin.create(props)) {
      Map<String, KafkaFuture<TopicDescription>> described =
          admin.describeTopics(topics(cfg.applicationId())).topicNameValues();
      for (Map.Entry<String, KafkaFuture<TopicDescription>> e : described.entrySet()) {
        try {
          existing.put(e.getKey(), e.getValue().get(30, TimeUnit.SECONDS).partitions().size());
        } catch (ExecutionException absent) {
          if (!(absent.getCause() instanceof UnknownTopicOrPartitionException)) {
            throw absent;
          }
        }
      }
    } catch (Exception e) {
      // Kafka Streams still refuses a wrong count in its assignor; this check only makes the message clear.
      LOG.warn("Could not describe the dedup by-id topics ({}); not checking their partition counts", e.toString());
      return null;
    }
    return mismatch(cfg.dedup().idPartitions(), existing);
  }
}
