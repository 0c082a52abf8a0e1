package dev.newsstream.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import org.junit.jupiter.api.Test;

class ListenCheckTest {
  @Test
  void aTakenPortFailsWithTheBindErrorAndAFreeOneDoesNot() throws Exception {
    InetAddress loopback = InetAddress.getByName("127.0.0.1");
    int port;
    try (ServerSocket taken = new ServerSocket(0, 50, loopback)) {
      port = taken.getLocalPort();
      assertThat(ListenCheck.bindFailure(new InetSocketAddress(loopback, port)))
          .hasValueSatisfying(e -> assertThat(e.getMessage()).isNotBlank());
    }
    // Released (the check itself holds nothing): free again, as is "any free port".
    assertThat(ListenCheck.bindFailure(new InetSocketAddress(loopback, port))).isEmpty();
    assertThat(ListenCheck.bindFailure(new InetSocketAddress(loopback, 0))).isEmpty();
  }
}
