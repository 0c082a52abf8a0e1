package dev.newsstream.streams.metrics;

import dev.newsstream.streams.lag.LagProbe;
import dev.newsstream.streams.lag.LagTracker;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Probes the lag of some groups every interval (the same probe as the lag command) and feeds {@link LagGauges}. */
public final class LagMonitor implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(LagMonitor.class);
  private final ScheduledExecutorService scheduler;
  private final LagProbe probe;

  private LagMonitor(ScheduledExecutorService scheduler, LagProbe probe) {
    this.scheduler = scheduler;
    this.probe = probe;
  }

  public static LagMonitor start(Properties clientProps, List<String> groups, Duration interval, LagGauges gauges) {
    LagProbe probe = new LagProbe(clientProps, Duration.ofSeconds(2));
    LagTracker tracker = new LagTracker(10);
    ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "newsstream-lag-monitor");
      t.setDaemon(true);
      return t;
    });
    scheduler.scheduleWithFixedDelay(() -> {
      try {
        probe.probe(groups).stream().map(tracker::record).forEach(gauges::update);
      } catch (RuntimeException e) {
        LOG.warn("lag probe failed; retrying in {}", interval, e); // Must not kill the schedule.
      }
    }, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
    return new LagMonitor(scheduler, probe);
  }

  @Override
  public void close() {
    scheduler.shutdownNow();
    try {
      scheduler.awaitTermination(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    probe.close();
  }
}
