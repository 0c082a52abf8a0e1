package dev.newsstream.producer.ingest;

import dev.newsstream.config.ConfigSource;
import dev.newsstream.config.ConfigSource.ConfigException;
import dev.newsstream.producer.PageProducer;
import dev.newsstream.producer.ProducerSettings;
import java.net.BindException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code ingest}: an HTTP endpoint that crawlers push pages to; each page goes to the raw topic. */
@Command(name = "ingest", mixinStandardHelpOptions = true, usageHelpWidth = 116,
    description = {
        "Serves an HTTP API that crawlers in any language push pages to; pages go to the raw topic.",
        "  POST /pages  Content-Type: application/json   one page object or an array (batch) of them:",
        "               {\"url\", \"html\" or \"text\", \"fetchedAt\", \"status\", \"headers\", \"contentType\", \"source\"}",
        "  POST /pages?url=URL  Content-Type: text/html[; charset=...]   the raw page bytes",
        "  GET  /health",
        "Answers once Kafka acknowledged: 202 with per-page results; 400 malformed (message says why);",
        "413 too large; 429 + Retry-After when the in-flight limit is full (slow down and retry);",
        "503 + Retry-After when Kafka cannot take pages (missing topic, broker down: answered at once)",
        "or did not acknowledge; 401 without the bearer token when one is set. Stop with Ctrl-C.",
        "Binds 127.0.0.1 by default. Another address needs a bearer token (ingest.token in --config, or",
        "NEWSSTREAM_INGEST_TOKEN) or --insecure-bind; TLS with --tls-keystore (PKCS12; password in",
        "ingest.tls.keystore.password or NEWSSTREAM_INGEST_TLS_KEYSTORE_PASSWORD). Refuses to start when the",
        "raw topic does not exist, unless --create-topic."},
    footer = {"", "Kafka settings as for 'produce': --config, NEWSSTREAM_* env, kafka.<name> pass-through."})
public final class IngestCommand implements Callable<Integer> {
  @Option(names = {"-p", "--port"}, defaultValue = "8080", description = "Port (default ${DEFAULT-VALUE}).")
  int port;

  @Option(names = "--host", defaultValue = "127.0.0.1", description = "Address to bind (default ${DEFAULT-VALUE}).")
  String host;

  @Option(names = "--insecure-bind", description = "Allow a non-loopback address without a bearer token.")
  boolean insecureBind;

  @Option(names = "--tls-keystore", description = "PKCS12 keystore: serve HTTPS with its key and certificate.")
  Path tlsKeystore;

  @Option(names = "--create-topic", description = "Create the raw topic if it does not exist (else refuse to start).")
  boolean createTopic;

  @Option(names = "--partitions", defaultValue = "3", description = "Partitions for --create-topic (default ${DEFAULT-VALUE}).")
  int partitions;

  @Option(names = "--max-in-flight-pages", defaultValue = "2000",
      description = "Pages awaiting Kafka's ack before 429 (default ${DEFAULT-VALUE}).")
  int maxInFlightPages;

  @Option(names = "--max-in-flight-mb", defaultValue = "24",
      description = "MB of pages awaiting Kafka's ack before 429 (default ${DEFAULT-VALUE}; keep under buffer.memory).")
  int maxInFlightMb;

  @Option(names = "--max-request-mb", defaultValue = "16", description = "Largest request body (default ${DEFAULT-VALUE}).")
  int maxRequestMb;

  @Option(names = "--threads", defaultValue = "8", description = "HTTP worker threads (default ${DEFAULT-VALUE}).")
  int threads;

  @Option(names = {"-b", "--bootstrap-servers"}, description = "Kafka bootstrap servers (default: localhost:9092).")
  String bootstrapServers;

  @Option(names = {"-t", "--topic"}, description = "Raw topic (default: pages.raw).")
  String topic;

  @Option(names = "--source", description = "Feed id for pages that give no 'source' (default: http).")
  String source;

  @Option(names = {"-c", "--config"}, description = "Properties file with settings.")
  Path config;

  @Override
  public Integer call() throws Exception {
    Map<String, String> flags = new HashMap<>();
    flags.put(ProducerSettings.BOOTSTRAP_SERVERS, bootstrapServers);
    flags.put(ProducerSettings.TOPIC, topic);
    flags.put(ProducerSettings.SOURCE, source == null ? "http" : source);
    ProducerSettings settings;
    IngestSettings ingest;
    IngestAccess access;
    try {
      Properties all = ConfigSource.load(ProducerSettings.defaults(), config, System.getenv(), flags);
      settings = IngestStartup.boundedProducer(ProducerSettings.from(all));
      ingest = new IngestSettings(host, port, threads, maxInFlightPages, maxInFlightMb * 1024L * 1024,
          maxRequestMb * 1024 * 1024, IngestStartup.ACK_TIMEOUT_MS, 1);
      access = new IngestAccess(all.getProperty("ingest.token"), tlsKeystore == null ? null
          : IngestStartup.tls(tlsKeystore, all.getProperty("ingest.tls.keystore.password", "")));
      String refusal = access.bindRefusal(host, insecureBind);
      if (refusal != null) {
        System.err.println("error: " + refusal);
        return 2;
      }
      String portProblem = IngestStartup.portProblem(host, port);
      if (portProblem != null) {
        System.err.println("error: " + portProblem);
        return 2;
      }
      String topicProblem = IngestStartup.checkRawTopic(settings, createTopic, partitions);
      if (topicProblem != null) {
        System.err.println("error: " + topicProblem);
        return 2;
      }
    } catch (ConfigException | IllegalArgumentException e) {
      System.err.println("error: " + e.getMessage());
      return 2;
    }
    if (!IngestAccess.isLoopback(host) && access.bearerToken() != null && access.tls() == null) {
      System.err.println("warning: the bearer token travels in clear text on " + host + "; use --tls-keystore");
    }
    CountDownLatch stop = new CountDownLatch(1);
    CountDownLatch closed = new CountDownLatch(1);
    // On SIGTERM/Ctrl-C: stop taking requests, let the producer flush, then let the JVM exit.
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      stop.countDown();
      try {
        closed.await(30, java.util.concurrent.TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }, "newsstream-ingest-stop"));
    try (PageProducer producer = new PageProducer(settings);
         KafkaAvailability kafka = KafkaAvailability.start(IngestStartup.adminProperties(settings), settings.topic(),
             IngestStartup.PROBE_INTERVAL, IngestStartup.PROBE_TIMEOUT);
         IngestServer server = IngestServer.start(ingest, access, producer, kafka::state)) {
      System.err.printf("newsstream ingest on %s://%s:%d/pages -> %s at %s (in-flight limit %d pages / %d MB; "
          + "bearer token %s); Ctrl-C to stop%n", access.tls() == null ? "http" : "https", host, server.port(),
          settings.topic(), settings.bootstrapServers(), maxInFlightPages, maxInFlightMb,
          access.bearerToken() == null ? "off" : "required");
      stop.await();
      server.close();
      producer.flush();
      // After the flush: acknowledgements that arrive only now are counted as late acks.
      System.err.println("stopped: " + server.counts().summary());
    } catch (BindException e) {
      // Taken between the check above and now.
      System.err.println("error: cannot listen on " + host + ":" + port + ": " + e.getMessage());
      return 2;
    } finally {
      closed.countDown();
    }
    return 0;
  }
}
