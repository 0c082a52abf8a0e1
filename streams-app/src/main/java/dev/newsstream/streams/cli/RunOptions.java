package dev.newsstream.streams.cli;

import dev.newsstream.config.ConfigSource.ConfigException;
import dev.newsstream.config.ListenCheck;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.Map;
import java.util.Optional;

/**
 * {@code run}'s own flags that are not pipeline settings (those are StreamsAppConfig's), checked before anything
 * contacts Kafka so that a bad value is one {@code error:} line and exit 2, not a broker's exception later.
 */
final class RunOptions {
  static final String KAFKA_WAIT_ENV = "NEWSSTREAM_KAFKA_WAIT_SECONDS";
  static final int DEFAULT_KAFKA_WAIT_SECONDS = 60;

  private RunOptions() {}

  /**
   * Seconds to wait for Kafka at start: the flag, else {@value #KAFKA_WAIT_ENV}, else 60.
   *
   * @throws ConfigException naming the flag or the env var when the value is negative or not a whole number
   */
  static int kafkaWaitSeconds(Integer flag, Map<String, String> env) {
    if (flag != null) {
      if (flag < 0) {
        throw new ConfigException("--kafka-wait must be 0 or more seconds, got " + flag);
      }
      return flag;
    }
    String value = env.get(KAFKA_WAIT_ENV);
    if (value == null || value.isBlank()) {
      return DEFAULT_KAFKA_WAIT_SECONDS;
    }
    try {
      int seconds = Integer.parseInt(value.trim());
      if (seconds >= 0) {
        return seconds;
      }
    } catch (NumberFormatException notANumber) {
      // Reported below, with the variable's name: no flag was given, so naming --kafka-wait would mislead.
    }
    throw new ConfigException(KAFKA_WAIT_ENV + " must be a whole number of seconds, 0 or more, got '" + value + "'");
  }

  /**
   * Checked before the Kafka wait (up to --kafka-wait seconds) so that a taken metrics.port is said at once; the
   * server's own bind later reports a port taken in between the same way.
   *
   * @throws ConfigException when {@code port} (above 0; 0 = any, -1 = off) cannot be listened on now
   */
  static void checkMetricsPort(int port) {
    if (port <= 0) {
      return;
    }
    Optional<IOException> failure = ListenCheck.bindFailure(new InetSocketAddress(port));
    if (failure.isPresent()) {
      throw new ConfigException("cannot listen on metrics.port " + port + ": " + failure.get().getMessage()
          + " (in use? set metrics.port or --metrics-port: 0 for any free port, -1 for none)");
    }
  }

  /** @throws ConfigException when {@code partitions} (for --create-topics) is below 1 */
  static int partitions(int partitions) {
    if (partitions < 1) {
      throw new ConfigException("--partitions must be 1 or more, got " + partitions);
    }
    return partitions;
  }
}
