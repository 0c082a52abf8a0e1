package dev.newsstream.producer.ingest;

/**
 * Limits of the HTTP ingest endpoint. In-flight pages/bytes bound what waits for Kafka's acknowledgement; keep
 * {@code maxInFlightBytes} under the producer's buffer.memory (32 MB by default) so that sends never block.
 */
public record IngestSettings(String host, int port, int threads, int maxInFlightPages, long maxInFlightBytes,
    int maxRequestBytes, long ackTimeoutMillis, int retryAfterSeconds) {

  public IngestSettings {
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("port must be 0-65535, got " + port);
    }
    if (threads < 1 || maxInFlightPages < 1 || maxInFlightBytes < 1 || maxRequestBytes < 1 || ackTimeoutMillis < 1) {
      throw new IllegalArgumentException("threads, in-flight limits, max request bytes and ack timeout must be positive");
    }
  }

  public static IngestSettings defaults(int port) {
    return new IngestSettings("127.0.0.1", port, 8, 2000, 24L * 1024 * 1024, 16 * 1024 * 1024, 30_000, 1);
  }
}
