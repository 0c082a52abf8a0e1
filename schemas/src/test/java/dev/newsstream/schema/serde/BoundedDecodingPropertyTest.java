package dev.newsstream.schema.serde;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.newsstream.schema.RawPage;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.Test;

/**
 * Random and mutated RawPage bytes decode to a page or fail with a {@link SerializationException}; never with an
 * {@link OutOfMemoryError}. Runs in its own surefire execution with {@code -Xmx64m} (schemas/pom.xml), so a length
 * prefix that Avro would have trusted (up to ~2 GB) fails the test by running out of heap.
 */
class BoundedDecodingPropertyTest {
  private static final AvroSerde<RawPage> SERDE = new AvroSerde<>(RawPage.class);

  @Test
  void theSmallHeapExecutionHasASmallHeap() {
    // Guards the surefire setup: with a large heap the properties below could not catch a big allocation. Run
    // elsewhere (e.g. picked with -Dtest in the default execution) the properties still check the rejections.
    assumeTrue(Boolean.getBoolean("newsstream.smallHeap"), "not the small-heap surefire execution");
    assertThat(Runtime.getRuntime().maxMemory()).isLessThanOrEqualTo(128L << 20);
  }

  @Test
  void aStringLengthLongerThanTheRecordIsACorruptRecordNotAnAllocation() {
    // url length 1,000,000,000 (zig-zag varint), then three bytes.
    byte[] record = concat(varint(1_000_000_000L), new byte[] {'a', 'b', 'c'});
    assertThatThrownBy(() -> SERDE.fromBytes(record)).isInstanceOf(SerializationException.class)
        .hasMessageContaining("string length 1000000000 exceeds the 3 bytes left in the record");
  }

  @Test
  void aBodyLengthLongerThanTheRecordIsRejected() {
    byte[] valid = SERDE.toBytes(page("https://example.org/a", new byte[10], Map.of()));
    // The body's length prefix follows url, fetchedAt, source and the two null unions; find it by re-encoding.
    byte[] prefix = SERDE.toBytes(page("https://example.org/a", new byte[0], Map.of()));
    int bodyLengthAt = commonPrefix(valid, prefix);
    byte[] hostile = concat(Arrays.copyOf(valid, bodyLengthAt), varint(800_000_000L), new byte[] {1, 2});
    assertThatThrownBy(() -> SERDE.fromBytes(hostile)).isInstanceOf(SerializationException.class)
        .hasMessageContaining("bytes length 800000000 exceeds");
  }

  @Test
  void aMapCountLargerThanTheRecordIsRejected() {
    byte[] noHeaders = SERDE.toBytes(page("https://example.org/a", new byte[0], Map.of()));
    // The headers map is last: drop its terminating 0 block and announce 500 million entries instead.
    byte[] hostile = concat(Arrays.copyOf(noHeaders, noHeaders.length - 1), varint(500_000_000L), new byte[] {2, 'k'});
    assertThatThrownBy(() -> SERDE.fromBytes(hostile)).isInstanceOf(SerializationException.class)
        .hasMessageContaining("map block of 500000000 items exceeds");
  }

  @Property(tries = 3000)
  void randomBytesDecodeOrAreRejected(@ForAll @Size(max = 600) byte[] bytes) {
    decodeOrReject(bytes);
  }

  @Property(tries = 3000)
  void validPagesRoundTrip(@ForAll("pages") RawPage page) {
    assertThat(SERDE.fromBytes(SERDE.toBytes(page))).isEqualTo(page);
  }

  @Property(tries = 3000)
  void mutatedPagesDecodeOrAreRejected(@ForAll("pages") RawPage page, @ForAll @IntRange(max = 10_000) int at,
      @ForAll("lengths") long length, @ForAll @IntRange(min = 0, max = 3) int mutation) {
    byte[] valid = SERDE.toBytes(page);
    int i = at % valid.length;
    byte[] mutated = switch (mutation) {
      // A huge varint spliced in where a length may be expected.
      case 0 -> concat(Arrays.copyOf(valid, i), varint(length), Arrays.copyOfRange(valid, i, valid.length));
      // ...or overwriting what was there.
      case 1 -> concat(Arrays.copyOf(valid, i), varint(length),
          Arrays.copyOfRange(valid, Math.min(valid.length, i + varint(length).length), valid.length));
      // A truncated record.
      case 2 -> Arrays.copyOf(valid, i);
      // One flipped byte.
      default -> {
        byte[] copy = valid.clone();
        copy[i] ^= (byte) (1 + (length & 0x7f));
        yield copy;
      }
    };
    decodeOrReject(mutated);
  }

  @Provide
  Arbitrary<Long> lengths() {
    return Arbitraries.oneOf(Arbitraries.longs().between(1, 1 << 20), Arbitraries.longs().between(1 << 20, 1L << 31),
        Arbitraries.longs().between(-(1L << 40), Long.MAX_VALUE));
  }

  @Provide
  Arbitrary<RawPage> pages() {
    Arbitrary<String> url = Arbitraries.strings().ofMaxLength(80).map(s -> "https://example.org/" + s);
    Arbitrary<byte[]> body = Arbitraries.bytes().array(byte[].class).ofMaxSize(2000);
    Arbitrary<Map<String, String>> headers = Arbitraries.maps(Arbitraries.strings().alpha().ofMaxLength(12),
        Arbitraries.strings().ofMaxLength(30)).ofMaxSize(5);
    return Combinators.combine(url, body, headers).as(BoundedDecodingPropertyTest::page);
  }

  private static void decodeOrReject(byte[] bytes) {
    try {
      SERDE.fromBytes(bytes);
    } catch (SerializationException rejected) {
      assertThat(rejected.getMessage()).startsWith("Not a valid dev.newsstream.schema.RawPage Avro record: ");
    }
  }

  private static RawPage page(String url, byte[] body, Map<String, String> headers) {
    return RawPage.newBuilder().setUrl(url).setFetchedAt(Instant.ofEpochMilli(1_764_000_000_000L))
        .setSource("test").setContentType(null).setCharset(null).setBody(ByteBuffer.wrap(body))
        .setHttpStatus(200).setHeaders(new HashMap<>(headers)).build();
  }

  /** Avro's zig-zag varint of a long. */
  static byte[] varint(long value) {
    long n = (value << 1) ^ (value >> 63);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    while ((n & ~0x7FL) != 0) {
      out.write((int) ((n & 0x7f) | 0x80));
      n >>>= 7;
    }
    out.write((int) n);
    return out.toByteArray();
  }

  private static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] p : parts) {
      out.writeBytes(p);
    }
    return out.toByteArray();
  }

  private static int commonPrefix(byte[] a, byte[] b) {
    int i = 0;
    while (i < a.length && i < b.length && a[i] == b[i]) {
      i++;
    }
    return i;
  }
}
