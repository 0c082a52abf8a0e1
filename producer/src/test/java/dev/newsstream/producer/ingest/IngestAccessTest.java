package dev.newsstream.producer.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class IngestAccessTest {
  private final IngestAccess withToken = new IngestAccess("s3cret-token", null);

  @Test
  void theBearerTokenIsRequiredWhenSet() {
    assertThat(withToken.authorised("Bearer s3cret-token")).isTrue();
    assertThat(withToken.authorised("bearer s3cret-token")).isTrue();
    assertThat(withToken.authorised("Bearer wrong")).isFalse();
    assertThat(withToken.authorised("Bearer s3cret-token-and-more")).isFalse();
    assertThat(withToken.authorised("Basic czNjcmV0LXRva2Vu")).isFalse();
    assertThat(withToken.authorised(null)).isFalse();
    assertThat(IngestAccess.open().authorised(null)).isTrue();
    assertThat(new IngestAccess("  ", null).bearerToken()).as("a blank token is no token").isNull();
  }

  @Test
  void theTokenNeverAppearsInTheRecordsText() {
    assertThat(withToken.toString()).doesNotContain("s3cret").contains("token set");
  }

  @Test
  void loopbackIsOpenAndOtherAddressesNeedATokenOrAnExplicitFlag() {
    IngestAccess open = IngestAccess.open();
    assertThat(open.bindRefusal("127.0.0.1", false)).isNull();
    assertThat(open.bindRefusal("localhost", false)).isNull();
    assertThat(open.bindRefusal("::1", false)).isNull();
    assertThat(open.bindRefusal("0.0.0.0", false)).contains("refusing to bind 0.0.0.0").contains("--insecure-bind")
        .contains("NEWSSTREAM_INGEST_TOKEN");
    assertThat(open.bindRefusal("0.0.0.0", true)).isNull();
    assertThat(withToken.bindRefusal("0.0.0.0", false)).isNull();
  }

  @Test
  void theCommandRefusesAnOpenNonLoopbackBindBeforeTouchingKafka() {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    PrintStream saved = System.err;
    System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    int code;
    try {
      // An unreachable bootstrap address: the refusal must come first, without waiting for Kafka.
      code = new CommandLine(new IngestCommand()).execute("--host", "0.0.0.0", "-p", "0", "-b", "127.0.0.1:1");
    } finally {
      System.setErr(saved);
    }
    assertThat(code).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("error: refusing to bind 0.0.0.0 without a bearer token");
  }
}
