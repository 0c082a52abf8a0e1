package dev.newsstream.streams.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.kafka.streams.KafkaStreams.State;
import org.junit.jupiter.api.Test;

class StreamsHealthTest {
  @Test
  void runningIsLiveAndReady() {
    StreamsHealth h = StreamsHealth.of(State.RUNNING);
    assertThat(h.live()).isTrue();
    assertThat(h.ready()).isTrue();
    assertThat(h.json()).isEqualTo("{\"status\":\"UP\",\"state\":\"RUNNING\",\"live\":true,\"ready\":true}");
  }

  @Test
  void rebalancingStaysReadyButCreatedIsNot() {
    assertThat(StreamsHealth.of(State.REBALANCING).ready()).isTrue();
    assertThat(StreamsHealth.of(State.CREATED).ready()).isFalse();
    assertThat(StreamsHealth.of(State.CREATED).live()).isTrue();
  }

  @Test
  void errorAndStoppedAreNeitherLiveNorReady() {
    for (State s : new State[] {State.ERROR, State.PENDING_ERROR, State.NOT_RUNNING}) {
      assertThat(StreamsHealth.of(s).live()).as(s.name()).isFalse();
      assertThat(StreamsHealth.of(s).ready()).as(s.name()).isFalse();
    }
    assertThat(StreamsHealth.of(State.ERROR).json()).contains("\"status\":\"DOWN\"");
  }

  @Test
  void shuttingDownIsLiveButNotReady() {
    assertThat(StreamsHealth.of(State.PENDING_SHUTDOWN).live()).isTrue();
    assertThat(StreamsHealth.of(State.PENDING_SHUTDOWN).ready()).isFalse();
  }

  @Test
  void whatTheInstanceWaitsForIsCarriedAsTheReason() {
    StreamsHealth h = StreamsHealth.of(State.CREATED, "waiting for schema registry at http://r:8081/\"x\"");
    assertThat(h.ready()).isFalse();
    assertThat(h.json()).isEqualTo("{\"status\":\"DOWN\",\"state\":\"CREATED\",\"live\":true,\"ready\":false,"
        + "\"reason\":\"waiting for schema registry at http://r:8081/\\\"x\\\"\"}");
  }
}
