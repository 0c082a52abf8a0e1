package dev.newsstream.streams.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.newsstream.schema.EntityTrend;
import dev.newsstream.streams.config.StreamsAppConfig.TrendWindow;
import java.time.Duration;
import java.time.Instant;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.Test;

class CountsSerdeTest {
  private final CountsSerde serde = new CountsSerde();

  @Test
  void countsRoundTripInEightBytes() {
    for (EntityContributions.Counts c : new EntityContributions.Counts[] {new EntityContributions.Counts(1, 2),
        new EntityContributions.Counts(Integer.MAX_VALUE, Integer.MIN_VALUE), new EntityContributions.Counts(0, 0)}) {
      byte[] bytes = serde.serializer().serialize("t", c);
      assertThat(bytes).hasSize(8);
      assertThat(serde.deserializer().deserialize("t", bytes)).isEqualTo(c);
    }
    assertThat(serde.serializer().serialize("t", null)).isNull();
    assertThat(serde.deserializer().deserialize("t", null)).isNull();
  }

  @Test
  void aValueOfAnotherShapeIsRefusedNamingTheReset() {
    assertThatThrownBy(() -> serde.deserializer().deserialize("t", new byte[30]))
        .isInstanceOf(SerializationException.class).hasMessageContaining("reset the application");
  }

  @Test
  void theTrendComesBackFromTheStoreKeyWindowAndCounts() {
    TrendWindow hour = new TrendWindow("1h", Duration.ofHours(1));
    long start = Instant.parse("2026-12-06T15:00:00Z").toEpochMilli();
    EntityTrend t = CountsSerde.trend(hour, start, "ORGANIZATION|AT&T | Mobile", new EntityContributions.Counts(3, 7));
    assertThat(t.getType()).isEqualTo("ORGANIZATION");
    assertThat(t.getName()).as("a bar inside the name stays in the name").isEqualTo("AT&T | Mobile");
    assertThat(t.getWindow()).isEqualTo("1h");
    assertThat(t.getWindowStart()).isEqualTo(Instant.parse("2026-12-06T15:00:00Z"));
    assertThat(t.getWindowEnd()).isEqualTo(Instant.parse("2026-12-06T16:00:00Z"));
    assertThat(t.getArticles()).isEqualTo(3);
    assertThat(t.getMentions()).isEqualTo(7);
  }
}
