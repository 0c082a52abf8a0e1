package dev.newsstream.streams.cli;

import dev.newsstream.streams.config.StreamsAppConfig;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;

/** Creates the pipeline's topics with the settings their contracts need. */
public final class TopicSetup {
  private TopicSetup() {}

  public static void create(StreamsAppConfig cfg, int partitions) throws Exception {
    Properties props = cfg.adminProperties();
    short rf = (short) cfg.replicationFactor();
    String maxBytes = String.valueOf(cfg.maxPageBytes() * 2 + 1024 * 1024);
    try (Admin admin = Admin.create(props)) {
      Set<String> existing = admin.listTopics().names().get(30, TimeUnit.SECONDS);
      List<NewTopic> topics = new ArrayList<>();
      StreamsAppConfig.Topics t = cfg.topics();
      // articles.clean is compacted on article id: it holds the latest version of every article.
      add(topics, existing, t.raw(), partitions, rf, Map.of(TopicConfig.MAX_MESSAGE_BYTES_CONFIG, maxBytes));
      add(topics, existing, t.clean(), partitions, rf, Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT));
      add(topics, existing, t.duplicates(), partitions, rf, Map.of());
      add(topics, existing, t.rejected(), partitions, rf, Map.of(TopicConfig.MAX_MESSAGE_BYTES_CONFIG, maxBytes));
      // Analytics tables (docs/ANALYTICS.md): compacted, the latest count per window and entity, story per original.
      if (cfg.analytics().enabled()) {
        Map<String, String> compact = Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT);
        add(topics, existing, cfg.analytics().trendsTopic(), partitions, rf, compact);
        add(topics, existing, cfg.analytics().storiesTopic(), partitions, rf, compact);
      }
      if (cfg.deadLetterTopic() != null) {
        add(topics, existing, cfg.deadLetterTopic(), partitions, rf, Map.of(TopicConfig.MAX_MESSAGE_BYTES_CONFIG, maxBytes));
      }
      if (!topics.isEmpty()) {
        admin.createTopics(topics).all().get(60, TimeUnit.SECONDS);
      }
    }
  }

  private static void add(List<NewTopic> out, Set<String> existing, String name, int partitions, short rf,
      Map<String, String> configs) {
    if (!existing.contains(name)) {
      out.add(new NewTopic(name, java.util.Optional.of(partitions),
          rf < 0 ? java.util.Optional.empty() : java.util.Optional.of(rf)).configs(configs));
    }
  }
}
