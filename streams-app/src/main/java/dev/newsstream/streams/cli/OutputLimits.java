package dev.newsstream.streams.cli;

import dev.newsstream.streams.config.StreamsAppConfig;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Reads the clean topic's max.message.bytes at start so that {@link dev.newsstream.streams.reliability.OutputSizeGuard} never lets a refused write out. */
public final class OutputLimits {
  private static final Logger LOG = LoggerFactory.getLogger(OutputLimits.class);

  private OutputLimits() {}

  /** {@code cfg} with max.output.bytes lowered to the clean topic's limit; unchanged if the topic cannot be read. */
  public static StreamsAppConfig fitToCleanTopic(StreamsAppConfig cfg) {
    Properties props = cfg.adminProperties();
    ConfigResource topic = new ConfigResource(ConfigResource.Type.TOPIC, cfg.topics().clean());
    try (Admin admin = Admin.create(props)) {
      Config config = admin.describeConfigs(List.of(topic)).all().get(30, TimeUnit.SECONDS).get(topic);
      ConfigEntry max = config.get(TopicConfig.MAX_MESSAGE_BYTES_CONFIG);
      if (max != null && max.value() != null) {
        return cfg.withMaxOutputBytes(Integer.parseInt(max.value()));
      }
    } catch (Exception e) {
      LOG.warn("Could not read max.message.bytes of {} ({}); keeping max.output.bytes {}", cfg.topics().clean(),
          e.toString(), cfg.maxOutputBytes());
    }
    return cfg;
  }
}
