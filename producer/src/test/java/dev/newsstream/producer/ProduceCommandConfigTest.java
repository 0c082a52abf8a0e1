package dev.newsstream.producer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code produce} with settings it refuses: one error line, exit 2, no Kafka client created. */
class ProduceCommandConfigTest {

  @Test
  void aBadKafkaPassThroughValueIsOneErrorLineAndExit2(@TempDir Path dir) throws Exception {
    Path config = Files.writeString(dir.resolve("c.properties"), "kafka.linger.ms=abc\n");
    Path page = Files.writeString(dir.resolve("p.html"), "<html><body><p>x</p></body></html>");
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    PrintStream saved = System.err;
    int exit;
    System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    try {
      exit = new CommandLine(new ProduceCommand()).execute("-c", config.toString(), "-b", "localhost:1",
          page.toString());
    } finally {
      System.setErr(saved);
    }
    assertThat(exit).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8))
        .startsWith("error: kafka.linger.ms: ").contains("abc").hasLineCount(1);
  }
}
