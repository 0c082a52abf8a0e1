package dev.newsstream.streams.analytics;

import java.time.Instant;

/**
 * One entity in one window: {@code window} is the size label (1h), {@code start} the window start in epoch ms.
 * {@link #entityKey()} (TYPE|NAME) partitions the counts, {@link #topicKey()} keys the compacted trends topic.
 */
public record TrendKey(String window, long start, String type, String name) {
  public String entityKey() {
    return entityKey(type, name);
  }

  /** WINDOW|START|TYPE|NAME, START as ISO-8601 UTC, e.g. 1h|2026-12-06T15:00:00Z|PERSON|Kaja Kallas. */
  public String topicKey() {
    return window + "|" + Instant.ofEpochMilli(start) + "|" + type + "|" + name;
  }

  static String entityKey(String type, String name) {
    return type + "|" + name;
  }
}
