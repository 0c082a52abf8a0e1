package dev.newsstream.producer.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.ServerSocket;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IngestStartupTest {
  @Test
  void aMissingOrUnreadableKeystoreIsSaidInWords(@TempDir Path dir) throws Exception {
    Path missing = dir.resolve("missing.p12");
    assertThatThrownBy(() -> IngestStartup.tls(missing, "pw")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("TLS keystore " + missing + " does not exist");
    assertThatThrownBy(() -> IngestStartup.tls(dir, "pw")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("TLS keystore " + dir + " is not a readable file");
    Path garbage = Files.writeString(dir.resolve("garbage.p12"), "not a keystore");
    assertThatThrownBy(() -> IngestStartup.tls(garbage, "pw")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("cannot use TLS keystore " + garbage + ": ").hasMessageNotContaining("pw");
  }

  @Test
  void aPortInUseIsSaidInWordsBeforeAnythingElse() throws Exception {
    try (ServerSocket taken = new ServerSocket(0, 50, InetAddress.getByName("127.0.0.1"))) {
      assertThat(IngestStartup.portProblem("127.0.0.1", taken.getLocalPort()))
          .startsWith("cannot listen on 127.0.0.1:" + taken.getLocalPort() + ": ")
          .endsWith("(in use? choose another with -p, 0 = any free port)");
    }
    assertThat(IngestStartup.portProblem("127.0.0.1", 0)).isNull();
    assertThat(IngestStartup.portProblem("127.0.0.1", 70000)).isEqualTo("--port must be 0-65535, got 70000");
  }
}
