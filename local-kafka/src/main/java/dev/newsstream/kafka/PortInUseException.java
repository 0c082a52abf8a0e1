package dev.newsstream.kafka;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;

/**
 * A fixed port asked for a child server (broker or registry) is already taken. Checked before the child starts: a
 * broker already listening there would otherwise answer the readiness probe in place of the child that failed.
 */
public final class PortInUseException extends IllegalStateException {
  private final int port;

  public PortInUseException(int port) {
    super("port " + port + " is in use");
    this.port = port;
  }

  public int port() {
    return port;
  }

  /**
   * Throws when {@code port} (1-65535) cannot be bound on the loopback address the child servers listen on.
   * SO_REUSEADDR as the servers set it, so a port a just-stopped server left in TIME_WAIT counts as free.
   */
  public static void checkFree(int port) {
    try (ServerSocket socket = new ServerSocket()) {
      socket.setReuseAddress(true);
      socket.bind(new InetSocketAddress("localhost", port));
    } catch (IOException e) {
      throw new PortInUseException(port);
    }
  }
}
