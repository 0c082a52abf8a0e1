package dev.newsstream.streams.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsstream.streams.dedup.UrlVersioning.Kind;
import org.junit.jupiter.api.Test;

class UrlVersioningTest {
  @Test
  void firstThenUnchangedThenUpdateThenStale() {
    UrlVersioning.Decision first = UrlVersioning.decide(null, "h1", 100, 1000);
    assertThat(first.kind()).isEqualTo(Kind.FIRST);
    assertThat(first.version()).isEqualTo(1);
    assertThat(first.orderTime()).isEqualTo(1000);

    UrlVersioning.Decision again = UrlVersioning.decide(first.state(), "h1", 100, 5000);
    assertThat(again.kind()).isEqualTo(Kind.UNCHANGED);
    assertThat(again.state().lastSeen()).isEqualTo(5000);

    UrlVersioning.Decision update = UrlVersioning.decide(again.state(), "h2", 200, 6000);
    assertThat(update.kind()).isEqualTo(Kind.UPDATE);
    assertThat(update.version()).isEqualTo(2);
    assertThat(update.orderTime()).as("an update ranks as its first version").isEqualTo(1000);

    UrlVersioning.Decision stale = UrlVersioning.decide(update.state(), "h3", 150, 7000);
    assertThat(stale.kind()).isEqualTo(Kind.STALE);
    assertThat(stale.state().contentHash()).isEqualTo("h2");
    assertThat(stale.state().version()).isEqualTo(2);
  }

  @Test
  void withoutModificationDatesTheFetchTimeDecides() {
    UrlState stored = UrlVersioning.decide(null, "h1", UrlState.NONE, 1000).state();
    assertThat(UrlVersioning.decide(stored, "h2", UrlState.NONE, 900).kind()).isEqualTo(Kind.STALE);
    assertThat(UrlVersioning.decide(stored, "h2", UrlState.NONE, 1100).kind()).isEqualTo(Kind.UPDATE);
    assertThat(UrlVersioning.decide(stored, "h2", 100, 1100).kind()).as("one date missing: fetch time")
        .isEqualTo(Kind.UPDATE);
  }
}
