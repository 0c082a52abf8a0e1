package dev.newsstream.producer.ingest;

import dev.newsstream.config.ListenCheck;
import dev.newsstream.producer.ProducerSettings;
import dev.newsstream.producer.RawTopicCheck;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.time.Duration;
import java.util.Properties;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import org.apache.kafka.clients.producer.ProducerConfig;

/** What {@code ingest} checks and sets up before it serves: bounded producer timeouts, the raw topic, TLS. */
final class IngestStartup {
  /** How long a request waits for Kafka's acknowledgements at most (it stops earlier when the probe fails). */
  static final long ACK_TIMEOUT_MS = 15_000;
  /** Probe every 250 ms with a 750 ms bound: a stalled broker is seen within a second. */
  static final Duration PROBE_INTERVAL = Duration.ofMillis(250);
  static final Duration PROBE_TIMEOUT = Duration.ofMillis(750);

  private IngestStartup() {}

  /**
   * The producer settings with bounded waits unless the operator set them: send() blocks at most 1 s for metadata
   * or buffer room (default 60 s, which held every HTTP worker when the topic was missing), and a page is given up
   * after 15 s (default 120 s) so that a request's answer and the page's fate agree more often.
   */
  static ProducerSettings boundedProducer(ProducerSettings s) {
    Properties kafka = new Properties();
    kafka.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, "1000");
    kafka.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, "10000");
    kafka.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, String.valueOf(ACK_TIMEOUT_MS));
    kafka.putAll(s.kafkaOverrides());
    return new ProducerSettings(s.bootstrapServers(), s.topic(), s.source(), s.maxPageBytes(), kafka);
  }

  /** Bootstrap servers and the connection's security settings ({@link RawTopicCheck#adminProperties}). */
  static Properties adminProperties(ProducerSettings s) {
    return RawTopicCheck.adminProperties(s);
  }

  /** Null when the raw topic exists (or was created with {@code create}); else what is wrong and what to do. */
  static String checkRawTopic(ProducerSettings s, boolean create, int partitions) {
    return RawTopicCheck.check(s, create, partitions,
        "create it with 'newsstream run --create-topics' or start ingest with --create-topic");
  }

  /**
   * Null when {@code host:port} can be listened on now; else the error line. Asked before the raw-topic check, so
   * that a port in use is said at once and in words (the server's bind would fail later with a bare BindException).
   */
  static String portProblem(String host, int port) {
    if (port < 0 || port > 65535) {
      return "--port must be 0-65535, got " + port;
    }
    return ListenCheck.bindFailure(new InetSocketAddress(host, port))
        .map(e -> "cannot listen on " + host + ":" + port + ": " + e.getMessage()
            + " (in use? choose another with -p, 0 = any free port)")
        .orElse(null);
  }

  /** A server TLS context from a PKCS12 keystore (key and certificate chain). */
  static SSLContext tls(Path keystore, String password) {
    // Said in words: the JDK's NoSuchFileException message is only the path, which read "keystore X: X".
    if (!Files.exists(keystore)) {
      throw new IllegalArgumentException("TLS keystore " + keystore + " does not exist");
    }
    if (Files.isDirectory(keystore) || !Files.isReadable(keystore)) {
      throw new IllegalArgumentException("TLS keystore " + keystore + " is not a readable file");
    }
    try (InputStream in = Files.newInputStream(keystore)) {
      KeyStore ks = KeyStore.getInstance("PKCS12");
      ks.load(in, password.toCharArray());
      KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
      kmf.init(ks, password.toCharArray());
      SSLContext ctx = SSLContext.getInstance("TLS");
      ctx.init(kmf.getKeyManagers(), null, null);
      return ctx;
    } catch (IOException | GeneralSecurityException e) {
      // The message names the file, never the password.
      throw new IllegalArgumentException("cannot use TLS keystore " + keystore + ": " + e.getMessage(), e);
    }
  }
}
