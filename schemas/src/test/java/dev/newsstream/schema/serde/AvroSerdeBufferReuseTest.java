package dev.newsstream.schema.serde;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsstream.schema.RawPage;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.EncoderFactory;
import org.apache.avro.specific.SpecificDatumWriter;
import org.junit.jupiter.api.Test;

/**
 * Session 10 (issue 16 item 5): {@link AvroSerde#toBytes} reuses a per-thread buffer and encoder. Every record must
 * still get exactly the bytes of a fresh stream and encoder, whatever size the records before it had on the thread
 * (a long one must leave nothing behind for a short one), and on several threads at once.
 */
class AvroSerdeBufferReuseTest {
  private static final AvroSerde<RawPage> SERDE = new AvroSerde<>(RawPage.class);

  @Property(tries = 300)
  void everyRecordGetsTheBytesOfAFreshEncoder(@ForAll("bodySizes") List<Integer> sizes) throws Exception {
    for (int i = 0; i < sizes.size(); i++) {
      RawPage page = page(i, sizes.get(i));
      assertThat(SERDE.toBytes(page)).isEqualTo(fresh(page));
    }
  }

  @Test
  void threadsEncodeIndependently() throws Exception {
    List<Thread> threads = new java.util.ArrayList<>();
    java.util.concurrent.atomic.AtomicInteger wrong = new java.util.concurrent.atomic.AtomicInteger();
    for (int t = 0; t < 4; t++) {
      int seed = t;
      threads.add(new Thread(() -> {
        for (int i = 0; i < 300; i++) {
          RawPage page = page(seed * 1000 + i, (i * 7919 + seed * 104729) % 20_000);
          try {
            if (!java.util.Arrays.equals(SERDE.toBytes(page), fresh(page))) {
              wrong.incrementAndGet();
            }
          } catch (Exception e) {
            wrong.incrementAndGet();
          }
        }
      }));
    }
    threads.forEach(Thread::start);
    for (Thread t : threads) {
      t.join();
    }
    assertThat(wrong.get()).isZero();
  }

  @Provide
  Arbitrary<List<Integer>> bodySizes() {
    // Mostly small, some past the initial buffer, now and then past the size a thread keeps (1 MB).
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(20, Arbitraries.integers().between(0, 3000)),
        net.jqwik.api.Tuple.of(5, Arbitraries.integers().between(3000, 40_000)),
        net.jqwik.api.Tuple.of(1, Arbitraries.integers().between(1 << 20, (1 << 20) + 5000)))
        .list().ofMaxSize(8);
  }

  /** The encoding before session 10: a new stream and encoder per record. */
  private static byte[] fresh(RawPage page) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream(256);
    BinaryEncoder encoder = EncoderFactory.get().binaryEncoder(out, null);
    new SpecificDatumWriter<>(RawPage.class).write(page, encoder);
    encoder.flush();
    return out.toByteArray();
  }

  private static RawPage page(int n, int bodySize) {
    byte[] body = new byte[bodySize];
    for (int i = 0; i < body.length; i++) {
      body[i] = (byte) (i * 31 + n);
    }
    return RawPage.newBuilder().setUrl("https://example.org/" + n).setFetchedAt(Instant.ofEpochMilli(1_764_000_000_000L))
        .setSource("test").setContentType(null).setCharset(null).setBody(ByteBuffer.wrap(body))
        .setHttpStatus(200).setHeaders(new HashMap<>(Map.of("k", "v" + n))).build();
  }
}
