package dev.newsstream.producer;

import dev.newsstream.producer.feed.RawPageFactory;
import dev.newsstream.schema.RawPage;
import dev.newsstream.schema.serde.AvroSerde;
import dev.newsstream.url.CanonicalUrl;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.producer.Callback;
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
  private final RawPageFactory pages;
  private final KafkaProducer<String, byte[]> producer;
  private final AvroSerde<RawPage> serde = new AvroSerde<>(RawPage.class);
  private final AtomicLong acked = new AtomicLong();
  private final AtomicLong ackedBytes = new AtomicLong();
  private final List<Failure> failures = Collections.synchronizedList(new ArrayList<>());

  /** Why one page was not delivered; {@code page} names it (file path, URL or line). */
  public record Failure(String page, String reason) {}

  public PageProducer(ProducerSettings settings) {
    this.settings = settings;
    this.pages = new RawPageFactory(settings.source(), settings.maxPageBytes());
    this.producer = new KafkaProducer<>(clientProperties(settings), new StringSerializer(), new ByteArraySerializer());
  }

  /** Sends asynchronously; delivery is counted, or recorded as a failure naming {@code pageName}. */
  public void send(String pageName, RawPage page) {
    send(pageName, page, (metadata, error) -> { });
  }

  /**
   * Sends asynchronously and calls {@code done} once the broker acknowledged (error null) or delivery failed;
   * either way the page is counted here too. Blocks only while the client's buffer is full (max.block.ms).
   */
  public void send(String pageName, RawPage page, Callback done) {
    String key = CanonicalUrl.of(page.getUrl()).toString();
    byte[] value = serde.toBytes(page);
    try {
      producer.send(new ProducerRecord<>(settings.topic(), key, value), (metadata, error) -> {
        if (error == null) {
          acked.incrementAndGet();
          ackedBytes.addAndGet(value.length);
        } else {
          failures.add(new Failure(pageName, "delivery failed: " + describe(error)));
        }
        done.onCompletion(metadata, error);
      });
    } catch (KafkaException e) {
      // Refused before sending (record too large, buffer full past max.block.ms): a failure like any other.
      failures.add(new Failure(pageName, "not sent: " + describe(e)));
      done.onCompletion(null, e);
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

  /** Client settings for a producer that behaves like this one (used by the benchmark too). */
  public static Properties clientProperties(ProducerSettings settings) {
    Properties props = new Properties();
    props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, settings.bootstrapServers());
    props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
    props.put(ProducerConfig.ACKS_CONFIG, "all");
    props.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "zstd");
    props.put(ProducerConfig.LINGER_MS_CONFIG, 20);
    // Pages are tens of KB: with the default 16 KB batch each page was a batch of its own (one compression frame
    // and one request entry per page). 1 MiB batches carry dozens of pages and compress them together.
    props.put(ProducerConfig.BATCH_SIZE_CONFIG, 1 << 20);
    props.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, settings.maxPageBytes() + 64 * 1024);
    props.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 120_000);
    props.put(ProducerConfig.CLIENT_ID_CONFIG, "newsstream-producer-" + settings.source());
    props.putAll(settings.kafkaOverrides());
    return props;
  }

  /** Builds pages with this producer's source id and size limit. */
  public RawPageFactory pages() {
    return pages;
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

  public int failureCount() {
    return failures.size();
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
