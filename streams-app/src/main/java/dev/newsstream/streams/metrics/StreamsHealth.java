package dev.newsstream.streams.metrics;

import org.apache.kafka.streams.KafkaStreams.State;

/**
 * Liveness and readiness from the Kafka Streams state. Live: the app can still make progress by itself
 * (everything but ERROR and NOT_RUNNING, so a restart is due only then). Ready: processing (RUNNING), or
 * REBALANCING, which is brief and normal: an orchestrator should not pull the instance for it.
 * {@code waiting} is what the instance waits for, if anything (e.g. "waiting for schema registry at URL"), or null;
 * it is carried in the body as {@code "reason"} so an operator sees why an instance is not processing.
 */
public record StreamsHealth(State state, boolean live, boolean ready, String waiting) {
  public static StreamsHealth of(State state) {
    return of(state, null);
  }

  public static StreamsHealth of(State state, String waiting) {
    boolean live = state != State.ERROR && state != State.NOT_RUNNING && state != State.PENDING_ERROR;
    boolean ready = state == State.RUNNING || state == State.REBALANCING;
    return new StreamsHealth(state, live, ready, waiting);
  }

  public String json() {
    return "{\"status\":\"" + (ready ? "UP" : "DOWN") + "\",\"state\":\"" + state + "\",\"live\":" + live
        + ",\"ready\":" + ready + (waiting == null ? "" : ",\"reason\":\"" + escape(waiting) + "\"") + "}";
  }

  private static String escape(String s) {
    return s.replace("\\", "\\\\").replace("\"", "\\\"");
  }
}
