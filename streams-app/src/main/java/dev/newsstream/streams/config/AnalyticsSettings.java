package dev.newsstream.streams.config;

import dev.newsstream.config.ConfigSource;
import dev.newsstream.config.ConfigSource.ConfigException;
import dev.newsstream.streams.config.StreamsAppConfig.Analytics;
import dev.newsstream.streams.config.StreamsAppConfig.TrendWindow;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads and validates the {@code analytics.*} settings into {@link Analytics}. */
final class AnalyticsSettings {
  private static final Pattern WINDOW = Pattern.compile("(\\d{1,4})([mhd])");
  private static final Pattern HOST = Pattern.compile("[A-Za-z0-9.\\-]+|\\[[0-9A-Fa-f:.]+\\]");

  private AnalyticsSettings() {}

  static Analytics from(Properties p) {
    List<TrendWindow> windows = windows(ConfigSource.require(p, "analytics.windows"));
    Duration grace = StreamsAppConfig.durationValue(p, "analytics.grace");
    if (grace.isNegative()) {
      throw new ConfigException("analytics.grace must not be negative, got " + grace);
    }
    String trends = ConfigSource.require(p, "analytics.topic.trends");
    String stories = ConfigSource.require(p, "analytics.topic.stories");
    if (trends.equals(stories)) {
      throw new ConfigException("analytics.topic.trends and analytics.topic.stories must differ, both are '" + trends + "'");
    }
    int metricsPort = ConfigSource.intValue(p, "metrics.port", -1, 65535);
    return new Analytics(ConfigSource.boolValue(p, "analytics.enabled"), windows, grace,
        ConfigSource.intValue(p, "analytics.windows.kept", 1, 10_000), trends, stories,
        advertised(advertisedHost(p), metricsPort), ConfigSource.intValue(p, "analytics.entity.shards", 1, 256));
  }

  /**
   * "1h,1d" -> windows in the order given. Units m, h, d; each size must divide a day or be whole days, so that
   * windows are aligned to UTC midnight as readers expect.
   */
  static List<TrendWindow> windows(String raw) {
    List<TrendWindow> out = new ArrayList<>();
    Set<Duration> sizes = new HashSet<>();
    for (String part : raw.split(",")) {
      String label = part.strip().toLowerCase(Locale.ROOT);
      Matcher m = WINDOW.matcher(label);
      if (!m.matches() || Integer.parseInt(m.group(1)) == 0) {
        throw new ConfigException("analytics.windows must be a comma-separated list of sizes like 15m, 1h, 1d; got '"
            + part.strip() + "'");
      }
      long n = Long.parseLong(m.group(1));
      Duration size = switch (m.group(2)) {
        case "m" -> Duration.ofMinutes(n);
        case "h" -> Duration.ofHours(n);
        default -> Duration.ofDays(n);
      };
      long dayMs = Duration.ofDays(1).toMillis();
      if (size.toMillis() < dayMs ? dayMs % size.toMillis() != 0 : size.toMillis() % dayMs != 0) {
        throw new ConfigException("analytics.windows: " + label + " neither divides a day nor is whole days");
      }
      if (!sizes.add(size)) {
        throw new ConfigException("analytics.windows lists the size " + label + " twice");
      }
      out.add(new TrendWindow(label, size));
    }
    return List.copyOf(out);
  }

  /**
   * {@code analytics.advertised.host} (env NEWSSTREAM_ANALYTICS_ADVERTISED_HOST); {@code analytics.advertised-host}
   * is accepted as well and wins when set.
   */
  static String advertisedHost(Properties p) {
    String hyphen = p.getProperty("analytics.advertised-host");
    return (hyphen != null ? hyphen : p.getProperty("analytics.advertised.host", "")).strip();
  }

  /** host or host:port -> host:port; null without a port (metrics.port 0 or -1 and none given). */
  static String advertised(String raw, int metricsPort) {
    if (raw.isEmpty()) {
      return null;
    }
    int colon = raw.lastIndexOf(':');
    boolean hasPort = colon > 0 && raw.indexOf(']') < colon;
    String host = hasPort ? raw.substring(0, colon) : raw;
    if (!HOST.matcher(host).matches()) {
      throw new ConfigException("analytics.advertised.host must be host or host:port, got '" + raw + "'");
    }
    int port;
    if (hasPort) {
      try {
        port = Integer.parseInt(raw.substring(colon + 1));
      } catch (NumberFormatException e) {
        port = -1;
      }
      if (port < 1 || port > 65535) {
        throw new ConfigException("analytics.advertised.host: bad port in '" + raw + "'");
      }
    } else {
      port = metricsPort;
    }
    return port > 0 ? host + ":" + port : null;
  }
}
