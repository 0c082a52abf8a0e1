package dev.newsstream.streams.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import org.junit.jupiter.api.Test;

class PipelineMetricsTest {
  private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
  private final PipelineMetrics metrics = new PipelineMetrics(registry);

  @Test
  void countersAppearInPrometheusTextUnderTheirDocumentedNames() {
    metrics.pageIn();
    metrics.pageIn();
    metrics.articleOut();
    metrics.duplicate("SAME_URL");
    metrics.rejected("parse", "NOT_AN_ARTICLE");
    String text = registry.scrape();
    assertThat(text).contains("newsstream_pages_in_total 2.0");
    assertThat(text).contains("newsstream_articles_out_total 1.0");
    assertThat(text).contains("newsstream_duplicates_total{kind=\"SAME_URL\"} 1.0");
    assertThat(text).contains("newsstream_rejected_total{reason=\"NOT_AN_ARTICLE\",stage=\"parse\"} 1.0");
    assertThat(metrics.summary()).isEqualTo("pages in 2, articles out 1, duplicates 1, rejected 1");
    assertThat(metrics.summary(2)).isEqualTo(metrics.summary());
    // A retried transaction counted a page again: the summary says so rather than disagree with the topics.
    assertThat(metrics.summary(1)).isEqualTo("pages in 2, articles out 1, duplicates 1, rejected 1"
        + " (1 page(s) counted twice: a transaction aborted and was processed again; the topics hold each once)");
  }

  @Test
  void knownSeriesStartAtZeroSoDashboardsHaveThemBeforeTheFirstEvent() {
    metrics.expectRejections("parse", java.util.List.of("BAD_RECORD", "EMPTY"));
    String text = registry.scrape();
    assertThat(text).contains("newsstream_duplicates_total{kind=\"NEAR_DUPLICATE\"} 0.0");
    assertThat(text).contains("newsstream_rejected_total{reason=\"BAD_RECORD\",stage=\"parse\"} 0.0");
  }

  @Test
  void stageLatencyIsAHistogramWithBoundedBuckets() {
    String value = metrics.time("parse", () -> "parsed");
    assertThat(value).isEqualTo("parsed");
    String text = registry.scrape();
    assertThat(text).contains("newsstream_stage_latency_seconds_count{stage=\"parse\"} 1");
    assertThat(text).contains("newsstream_stage_latency_seconds_bucket{stage=\"parse\",le=\"+Inf\"} 1");
    long buckets = text.lines().filter(l -> l.startsWith("newsstream_stage_latency_seconds_bucket{stage=\"parse\"")).count();
    assertThat(buckets).isBetween(10L, 80L);
  }

  @Test
  void missingLabelsFallBackInsteadOfFailing() {
    metrics.rejected(null, null);
    metrics.duplicate(null);
    String text = registry.scrape();
    assertThat(text).contains("newsstream_rejected_total{reason=\"UNKNOWN\",stage=\"unknown\"} 1.0");
    assertThat(text).contains("newsstream_duplicates_total{kind=\"OTHER\"} 1.0");
  }
}
