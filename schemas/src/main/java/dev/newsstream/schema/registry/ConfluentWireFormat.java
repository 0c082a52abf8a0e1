package dev.newsstream.schema.registry;

import java.io.ByteArrayOutputStream;
import org.apache.kafka.common.errors.SerializationException;

/**
 * The Confluent wire format every registry-aware Kafka client reads: one magic byte 0, the schema id as a
 * 4-byte big-endian int, then the Avro binary encoding of the value.
 */
public final class ConfluentWireFormat {
  public static final byte MAGIC_BYTE = 0;
  public static final int HEADER_SIZE = 5;

  private ConfluentWireFormat() {}

  /** Writes the 5-byte header for {@code schemaId}. */
  public static void writeHeader(ByteArrayOutputStream out, int schemaId) {
    out.write(MAGIC_BYTE);
    out.write(schemaId >>> 24);
    out.write(schemaId >>> 16);
    out.write(schemaId >>> 8);
    out.write(schemaId);
  }

  /** The schema id of a framed value; a clear error when the bytes are not in the wire format. */
  public static int schemaId(byte[] data) {
    if (data.length < HEADER_SIZE) {
      throw new SerializationException("Not in the Confluent wire format: " + data.length
          + " byte(s), fewer than the 5-byte header (magic byte + schema id)");
    }
    if (data[0] != MAGIC_BYTE) {
      throw new SerializationException(String.format("Not in the Confluent wire format: first byte is 0x%02x, "
          + "expected magic byte 0x00 (was the value written without a schema registry?)", data[0]));
    }
    return ((data[1] & 0xff) << 24) | ((data[2] & 0xff) << 16) | ((data[3] & 0xff) << 8) | (data[4] & 0xff);
  }
}
