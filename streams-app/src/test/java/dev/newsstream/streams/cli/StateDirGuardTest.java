package dev.newsstream.streams.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.newsstream.config.ConfigSource.ConfigException;
import dev.newsstream.streams.config.StreamsAppConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Local state of one Kafka cluster is never used against another (review8 #13). No Kafka: the ids are given. */
class StateDirGuardTest {
  private static StreamsAppConfig config(Path stateDir) {
    return StreamsAppConfig.load(null, Map.of(), Map.of("state.dir", stateDir.toString(), "enrich.enabled", "false"));
  }

  @Test
  void theDefaultStateDirIsKeyedByTheClusterSoAFreshClusterStartsEmpty(@TempDir Path tmp) throws Exception {
    Path defaultDir = tmp.resolve("newsstream-state");
    StreamsAppConfig first = StateDirGuard.forCluster(config(defaultDir), defaultDir, "MkU3OEVBNTcwNTJENDM2Qk");
    Files.createDirectories(first.stateDir().resolve("newsstream").resolve("0_0")); // the first run's stores
    StreamsAppConfig second = StateDirGuard.forCluster(config(defaultDir), defaultDir, "x9Yq-other_cluster");

    assertThat(first.stateDir()).isEqualTo(defaultDir.resolve("MkU3OEVBNTcwNTJENDM2Qk"));
    assertThat(second.stateDir()).isEqualTo(defaultDir.resolve("x9Yq-other_cluster"));
    assertThat(second.stateDir().resolve("newsstream")).doesNotExist();
    assertThat(Files.readString(second.stateDir().resolve("newsstream.kafka-cluster-id")).strip())
        .isEqualTo("x9Yq-other_cluster");
    // The first cluster again finds its own state.
    assertThat(StateDirGuard.forCluster(config(defaultDir), defaultDir, "MkU3OEVBNTcwNTJENDM2Qk").stateDir())
        .isEqualTo(first.stateDir());
  }

  @Test
  void anExplicitStateDirWithAnotherClustersStateIsRefusedNotWiped(@TempDir Path tmp) throws Exception {
    Path mine = tmp.resolve("my-state");
    Path defaultDir = tmp.resolve("newsstream-state");
    assertThat(StateDirGuard.forCluster(config(mine), defaultDir, "clusterA").stateDir()).isEqualTo(mine);
    Files.createDirectories(mine.resolve("newsstream").resolve("0_0"));
    assertThat(StateDirGuard.forCluster(config(mine), defaultDir, "clusterA").stateDir()).isEqualTo(mine);

    assertThatThrownBy(() -> StateDirGuard.forCluster(config(mine), defaultDir, "clusterB"))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("from Kafka cluster clusterA").hasMessageContaining("is cluster clusterB")
        .hasMessageContaining("delete " + mine.resolve("newsstream"));
    assertThat(mine.resolve("newsstream").resolve("0_0")).exists();
  }

  @Test
  void anUnknownClusterIdChangesNothing(@TempDir Path tmp) {
    Path defaultDir = tmp.resolve("newsstream-state");
    StreamsAppConfig cfg = config(defaultDir);
    assertThat(StateDirGuard.forCluster(cfg, defaultDir, null)).isSameAs(cfg);
    assertThat(defaultDir).doesNotExist();
  }

  @Test
  void anOddClusterIdIsOnePathSegment() {
    assertThat(StateDirGuard.safeName("a/../b c")).isEqualTo("a____b_c");
  }
}
