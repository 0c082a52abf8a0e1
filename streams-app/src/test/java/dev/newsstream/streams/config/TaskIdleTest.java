package dev.newsstream.streams.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Properties;
import org.apache.kafka.streams.StreamsConfig;
import org.junit.jupiter.api.Test;

class TaskIdleTest {
  private static long maxTaskIdle(Map<String, String> overrides) {
    Properties p = StreamsAppConfig.load(null, Map.of(), overrides).streamsProperties();
    return new StreamsConfig(p).getLong(StreamsConfig.MAX_TASK_IDLE_MS_CONFIG);
  }

  @Test
  void tasksNeverWaitForTheirOtherPartitionsBecauseDedupVerdictsDoNotDependOnArrivalOrder() {
    assertThat(maxTaskIdle(Map.of())).isEqualTo(-1L);
    assertThat(maxTaskIdle(Map.of("processing.guarantee", "at_least_once"))).isEqualTo(-1L);
  }

  @Test
  void anExplicitSettingWins() {
    assertThat(maxTaskIdle(Map.of("kafka.max.task.idle.ms", "0"))).isEqualTo(0L);
  }
}
