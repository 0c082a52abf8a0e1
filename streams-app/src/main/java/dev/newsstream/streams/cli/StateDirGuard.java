package dev.newsstream.streams.cli;

import dev.newsstream.config.ConfigSource.ConfigException;
import dev.newsstream.streams.config.StreamsAppConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Keeps one Kafka cluster's local state away from another's. Kafka Streams' state dir holds stores and checkpointed
 * changelog offsets of one cluster; the same application.id on another cluster (a fresh local broker, a new test
 * cluster) would read them as its own: review 8 (#13) saw a TaskCorruptedException at start and the analytics'
 * "latest article time seen" of old data dropping every new page from the trends as late.
 *
 * <p>The default state dir ({@code $TMPDIR/newsstream-state}) is therefore keyed by the cluster id:
 * {@code $TMPDIR/newsstream-state/<cluster id>}, so a new cluster starts with empty stores by itself. In every
 * state dir, {@code <application.id>.kafka-cluster-id} records the cluster its state came from; an explicitly set
 * {@code state.dir} with state of another cluster is refused (exit 2 with the directory to delete), never wiped:
 * it was chosen by the user, who may have pointed at the wrong cluster rather than the wrong directory.
 */
final class StateDirGuard {
  private StateDirGuard() {}

  /**
   * @param cfg the configuration as loaded
   * @param defaultStateDir state.dir's default ({@link StreamsAppConfig#defaults()})
   * @param clusterId the id the cluster answered with at start (null: unknown, nothing checked or keyed)
   * @return {@code cfg}, with the default state dir keyed by {@code clusterId}
   * @throws ConfigException when the state dir holds this application's state from another cluster
   * @throws UncheckedIOException when the record file cannot be read or written
   */
  static StreamsAppConfig forCluster(StreamsAppConfig cfg, Path defaultStateDir, String clusterId) {
    if (clusterId == null || clusterId.isBlank()) {
      return cfg;
    }
    StreamsAppConfig keyed = cfg.stateDir().equals(defaultStateDir)
        ? cfg.withStateDir(defaultStateDir.resolve(safeName(clusterId))) : cfg;
    Path record = keyed.stateDir().resolve(keyed.applicationId() + ".kafka-cluster-id");
    try {
      if (Files.isRegularFile(record)) {
        String recorded = Files.readString(record, StandardCharsets.UTF_8).strip();
        if (!recorded.equals(clusterId)) {
          throw new ConfigException("state.dir " + keyed.stateDir() + " holds the local state of application.id "
              + keyed.applicationId() + " from Kafka cluster " + recorded + ", but " + keyed.bootstrapServers()
              + " is cluster " + clusterId + "; its stores and offsets do not belong to this cluster: delete "
              + keyed.stateDir().resolve(keyed.applicationId()) + " and " + record + ", or set another state.dir");
        }
        return keyed;
      }
      Files.createDirectories(keyed.stateDir());
      Files.writeString(record, clusterId + "\n", StandardCharsets.UTF_8);
      return keyed;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot record the Kafka cluster id in " + record, e);
    }
  }

  /** Cluster ids are base64url (22 chars); anything else is made a safe single path segment. */
  static String safeName(String clusterId) {
    return clusterId.replaceAll("[^A-Za-z0-9_-]", "_");
  }
}
