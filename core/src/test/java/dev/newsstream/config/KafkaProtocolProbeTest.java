package dev.newsstream.config;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The probe against real local servers: the JDK's HTTP server (what a registry or metrics port is), a server that
 * greets first (SSH-like), one that stays silent and a closed port. The Kafka side (a real broker answers and is
 * not reported) is asserted in the producer's ProduceCommandIT, which has a broker.
 */
class KafkaProtocolProbeTest {
  private static final Duration TIMEOUT = Duration.ofSeconds(2);

  @Test
  void anHttpServerIsRecognisedAtOnceInOneLine() throws Exception {
    HttpServer http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    http.createContext("/", x -> {
      x.sendResponseHeaders(200, -1);
      x.close();
    });
    http.start();
    try {
      String server = "localhost:" + http.getAddress().getPort();
      long start = System.nanoTime();
      Optional<String> problem = KafkaProtocolProbe.notKafka("PLAINTEXT://" + server, Map.of(), TIMEOUT);
      assertThat(problem).contains(server + " answers HTTP, not the Kafka protocol: is it the registry's address?");
      assertThat(Duration.ofNanos(System.nanoTime() - start)).as("answered, not timed out").isLessThan(TIMEOUT);
      assertThat(KafkaProtocolProbe.notKafka(server, Map.of("security.protocol", "SSL"), TIMEOUT))
          .as("TLS listeners are not probed").isEmpty();
    } finally {
      http.stop(0);
    }
  }

  @Test
  void aServerThatGreetsWithSomethingElseIsNotKafkaButSilenceAndRefusalAreLeftToTheCallers() throws Exception {
    try (ServerSocket greeter = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
         ServerSocket silent = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      Thread t = new Thread(() -> {
        try (Socket s = greeter.accept(); OutputStream out = s.getOutputStream()) {
          out.write("SSH-2.0-OpenSSH_9.6\r\n".getBytes(StandardCharsets.US_ASCII));
          out.flush();
          // Read the probe's whole request until it closes: closing with unread bytes would send a reset, which can
          // discard the greeting before the probe reads it (a flaky failure in CI).
          s.getInputStream().readAllBytes();
        } catch (IOException ignored) {
          // The probe reset the connection.
        }
      });
      t.start();
      assertThat(KafkaProtocolProbe.notKafka("localhost:" + greeter.getLocalPort(), null, TIMEOUT)).get()
          .asString().endsWith("answers, but not with the Kafka protocol (it sent \"SSH-2.0-OpenSSH_\")");
      t.join();
      assertThat(KafkaProtocolProbe.notKafka("localhost:" + silent.getLocalPort(), null, Duration.ofMillis(300)))
          .isEmpty();
    }
    int closed;
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      closed = s.getLocalPort();
    }
    assertThat(KafkaProtocolProbe.notKafka("localhost:" + closed + ",no-such-host.invalid:9092", null, TIMEOUT))
        .isEmpty();
  }

  @Test
  void aKafkaShapedAnswerCarryingTheProbesCorrelationIdPasses() {
    byte[] answer = ByteBuffer.allocate(16).putInt(300).putInt(0x6e737072).putShort((short) 35).array();
    assertThat(KafkaProtocolProbe.verdict(answer, "k:9092")).isEmpty();
    byte[] otherId = ByteBuffer.allocate(16).putInt(300).putInt(7).array();
    assertThat(KafkaProtocolProbe.verdict(otherId, "k:9092")).isPresent();
    assertThat(KafkaProtocolProbe.verdict(new byte[] {0, 0}, "k:9092")).as("too few bytes to tell").isEmpty();
  }

  @Test
  void addressesAreReadWithListenerPrefixesAndIpv6Brackets() {
    assertThat(KafkaProtocolProbe.address("SASL_PLAINTEXT://broker.example:9093")).get()
        .extracting(InetSocketAddress::getPort).isEqualTo(9093);
    assertThat(KafkaProtocolProbe.address("[::1]:9092")).get().extracting(InetSocketAddress::getHostString)
        .isEqualTo("0:0:0:0:0:0:0:1");
    assertThat(KafkaProtocolProbe.address("nonsense")).isEmpty();
    assertThat(KafkaProtocolProbe.address("host:99999")).isEmpty();
  }
}
