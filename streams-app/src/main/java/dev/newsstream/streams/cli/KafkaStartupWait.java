package dev.newsstream.streams.cli;

import java.io.PrintStream;
import java.time.Duration;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.LongSupplier;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;

/**
 * {@code run}'s start-up check that Kafka answers at all, before it says "running": Kafka Streams itself waits
 * without end and without a word for a broker that never answers, so a typo in bootstrap.servers looked like a
 * healthy idle app. Asked only at start; a broker lost after start is Kafka Streams' business (it waits and
 * recovers), as before. The wait is bounded so that a broker still starting (docker compose, a restart) is
 * waited for, with one line per attempt so the wait is visible.
 */
final class KafkaStartupWait {
  /** One question to the cluster: empty when it answered, else why not (one line). */
  interface Probe {
    Optional<String> ask(Duration timeout);
  }

  private KafkaStartupWait() {}

  /**
   * Asks until the cluster answers or {@code maxWait} has passed; attempts are {@code attempt} long at most.
   *
   * @param clock nanoseconds (System::nanoTime)
   * @return null when it answered; else the error line (without "error: ")
   */
  static String await(Probe probe, String servers, Duration maxWait, Duration attempt, LongSupplier clock,
      PrintStream log) {
    long start = clock.getAsLong();
    long deadline = start + maxWait.toNanos();
    String reason;
    while (true) {
      long left = deadline - clock.getAsLong();
      Duration thisAttempt = Duration.ofNanos(Math.max(Math.min(attempt.toNanos(), left), 1_000_000));
      Optional<String> problem = probe.ask(thisAttempt);
      if (problem.isEmpty()) {
        return null;
      }
      reason = problem.get();
      long waited = clock.getAsLong() - start;
      if (clock.getAsLong() >= deadline) {
        break;
      }
      log.printf("waiting for Kafka at %s (bootstrap.servers) to answer: %s (%d s of %d s)%n", servers, reason,
          TimeUnit.NANOSECONDS.toSeconds(waited), maxWait.toSeconds());
    }
    return "cannot reach Kafka at " + servers + " (bootstrap.servers) within " + maxWait.toSeconds() + " s: " + reason
        + "; check the address, or wait longer with --kafka-wait";
  }

  /** A probe that asks the cluster to describe itself (answered by any broker that is up). */
  static Probe describeCluster(Properties clientProperties, String servers) {
    return describeCluster(clientProperties, servers, new java.util.concurrent.atomic.AtomicReference<>());
  }

  /** As {@link #describeCluster(Properties, String)}; the cluster id it answered with is put in {@code clusterId}. */
  static Probe describeCluster(Properties clientProperties, String servers,
      java.util.concurrent.atomic.AtomicReference<String> clusterId) {
    return timeout -> {
      Properties p = new Properties();
      p.putAll(clientProperties);
      p.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, servers);
      p.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) timeout.toMillis());
      p.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) timeout.toMillis());
      try (Admin admin = Admin.create(p)) {
        clusterId.set(admin.describeCluster(new DescribeClusterOptions().timeoutMs((int) timeout.toMillis()))
            .clusterId().get(timeout.toMillis() + 500, TimeUnit.MILLISECONDS));
        return Optional.empty();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return Optional.of("interrupted");
      } catch (TimeoutException e) {
        return Optional.of("no answer within " + timeout.toMillis() + " ms");
      } catch (ExecutionException e) {
        Throwable cause = e.getCause() == null ? e : e.getCause();
        return Optional.of(cause instanceof org.apache.kafka.common.errors.TimeoutException
            ? "no answer within " + timeout.toMillis() + " ms" : cause.toString());
      } catch (org.apache.kafka.common.KafkaException e) {
        return Optional.of(e.getMessage()); // e.g. an unresolvable host name in bootstrap.servers
      }
    };
  }
}
