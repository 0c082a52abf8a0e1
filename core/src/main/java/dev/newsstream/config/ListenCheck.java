package dev.newsstream.config;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.Optional;

/**
 * Whether a configured listen address can be bound now: asked at start, before anything waits on Kafka, so that a
 * taken port is one clear error line instead of a bare BindException from the server later. Used by {@code ingest}
 * (its HTTP port) and {@code run} (metrics.port); each words the error for its own flag.
 */
public final class ListenCheck {
  private ListenCheck() {}

  /**
   * Empty when {@code address} can be bound now, else the bind's exception (its message says why, e.g. "Address
   * already in use"). Binds with SO_REUSEADDR, as the HTTP servers do, so a port a just-stopped server left in
   * TIME_WAIT counts as free. Port 0 (any free port) is always free.
   */
  public static Optional<IOException> bindFailure(InetSocketAddress address) {
    try (ServerSocket socket = new ServerSocket()) {
      socket.setReuseAddress(true);
      socket.bind(address);
      return Optional.empty();
    } catch (IOException e) {
      return Optional.of(e);
    }
  }
}
