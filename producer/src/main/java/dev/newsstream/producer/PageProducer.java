package dev.newsstream.producer;

import dev.newsstream.page.PageSniffer;
import dev.newsstream.schema.RawPage;
import dev.newsstream.schema.serde.AvroSerde;
import dev.newsstream.url.CanonicalUrl;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.errors.AuthenticationException;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Sends pages to the raw topic keyed by canonical URL. Idempotent, acks=all, zstd: a retry never
 * duplicates a page and a page is acknowledged only once it is safely stored.
 */
public final class PageProducer implements AutoCloseable {
  private final ProducerSettings settings;
  private final KafkaProducer<String, byte[]> producer;
  private final AvroSerde<RawPage> serde = new AvroSerde<>(RawPage.class);
  private final AtomicLong acked = new AtomicLong();
  private final AtomicLong ackedBytes = new AtomicLong();
  private final List<Failure> failures = Collections.synchronizedList(new ArrayList<>());

  /** Why one page was not delivered; {@code page} names it (file path, URL or line). */
  public record Failure(String page, String reason) {}

  public PageProducer(ProducerSettings settings) {
    this.settings = settings;
    Properties props = new Properties();
    props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, settings.bootstrapServers());
    props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
    props.put(ProducerConfig.ACKS_CONFIG, "all");
    props.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "zstd");
    props.put(ProducerConfig.LINGER_MS_CONFIG, 20);
    props.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, settings.maxPageBytes() + 64 * 1024);
    props.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 120_000);
    props.put(ProducerConfig.CLIENT_ID_CONFIG, "newsstream-producer-" + settings.source());
    props.putAll(settings.kafkaOverrides());
    this.producer = new KafkaProducer<>(props, new StringSerializer(), new ByteArraySerializer());
  }

  /** Builds the RawPage for a page's bytes; {@code fallbackUrl} is used when the page does not declare one. */
  public RawPage toRawPage(byte[] body, String fallbackUrl, Map<String, String> headers) {
    if (body.length == 0) {
      throw new IllegalArgumentException("empty page");
    }
    String url = PageSniffer.declaredUrl(body).orElse(fallbackUrl);
    if (url == null) {
      throw new IllegalArgumentException("no URL: the page declares none (no text-dump header, canonical link "
          + "or og:url) and --url was not given");
    }
    CanonicalUrl.of(url); // validates, with a clear message
    PageSniffer.Kind kind = PageSniffer.kind(body);
    return RawPage.newBuilder()
        .setUrl(url)
        .setFetchedAt(Instant.now())
        .setSource(settings.source())
        .setContentType(kind == PageSniffer.Kind.TEXT_DUMP ? PageSniffer.TEXT_DUMP_TYPE
            : kind == PageSniffer.Kind.HTML ? PageSniffer.HTML_TYPE : null)
        .setCharset(PageSniffer.declaredCharset(body).orElse(null))
        .setBody(java.nio.ByteBuffer.wrap(body))
        .setHttpStatus(null)
        .setHeaders(Map.copyOf(headers))
        .build();
  }

  /** Sends asynchronously; delivery is counted, or recorded as a failure naming {@code pageName}. */
  public void send(String pageName, RawPage page) {
    send(pageName, page, () -> { });
  }

  /** As {@link #send(String, RawPage)}, running {@code onAck} once the broker has acknowledged the page. */
  public void send(String pageName, RawPage page, Runnable onAck) {
    String key = CanonicalUrl.of(page.getUrl()).toString();
    byte[] value = serde.toBytes(page);
    try {
      producer.send(new ProducerRecord<>(settings.topic(), key, value), (metadata, error) -> {
        if (error == null) {
          acked.incrementAndGet();
          ackedBytes.addAndGet(value.length);
          onAck.run();
        } else {
          failures.add(new Failure(pageName, "delivery failed: " + describe(error)));
        }
      });
    } catch (KafkaException e) {
      // Thrown before the record is queued, e.g. authentication refused while fetching metadata.
      failures.add(new Failure(pageName, "delivery failed: " + describe(e)));
    }
  }

  /** Names the cause plainly; authentication failures say so first (the broker's message never holds the password). */
  static String describe(Throwable error) {
    for (Throwable t = error; t != null; t = t.getCause()) {
      if (t instanceof AuthenticationException) {
        return "authentication failed: " + t.getMessage() + " (check kafka.sasl.* / kafka.ssl.* settings)";
      }
    }
    return error.toString();
  }

  public void recordFailure(String pageName, String reason) {
    failures.add(new Failure(pageName, reason));
  }

  public void flush() {
    producer.flush();
  }

  public long acked() {
    return acked.get();
  }

  public long ackedBytes() {
    return ackedBytes.get();
  }

  public List<Failure> failures() {
    synchronized (failures) {
      return List.copyOf(failures);
    }
  }

  @Override
  public void close() {
    producer.close();
  }
}
