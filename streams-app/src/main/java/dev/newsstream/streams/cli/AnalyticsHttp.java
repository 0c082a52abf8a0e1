package dev.newsstream.streams.cli;

import dev.newsstream.streams.analytics.AnalyticsApi;
import dev.newsstream.streams.analytics.web.TrendsPageHandler;
import dev.newsstream.streams.config.StreamsAppConfig;
import dev.newsstream.streams.metrics.Telemetry;
import java.net.URI;
import org.apache.kafka.streams.KafkaStreams;

/** Mounts the analytics queries (/trends/entities, /stories/{id}) and the /trends page on the app's HTTP endpoint. */
public final class AnalyticsHttp {
  private AnalyticsHttp() {}

  /** @return whether the queries are served (analytics on and the HTTP endpoint on) */
  public static boolean mount(StreamsAppConfig cfg, KafkaStreams streams, Telemetry telemetry) {
    if (!cfg.analytics().enabled() || telemetry.port() < 0) {
      return false;
    }
    String self = cfg.analytics().applicationServer() != null ? cfg.analytics().applicationServer()
        : "localhost:" + telemetry.port();
    telemetry.mount(new AnalyticsApi(streams, cfg.analytics(), self).routes());
    // The page asks the API on this instance, which gathers from all instances.
    telemetry.mount(TrendsPageHandler.routes(URI.create("http://localhost:" + telemetry.port()),
        cfg.analytics().windows().stream().map(StreamsAppConfig.TrendWindow::label).toList()));
    return true;
  }
}
