package dev.newsstream.schema.serde;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import org.apache.avro.io.BinaryDecoder;
import org.apache.avro.io.Decoder;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.util.Utf8;

/**
 * An Avro binary decoder that never allocates more than the record it reads: a string or bytes length, an array
 * block's or a map block's item count larger than the bytes left in the record is a corrupt record and fails with
 * {@link CorruptRecordException} before anything is allocated.
 *
 * <p>Why: Avro's own decoder trusts the length prefix and allocates it (up to Avro's global
 * {@code org.apache.avro.limits.*} system properties, default ~2 GB), so ten random bytes can ask for a gigabyte and
 * end in an {@link OutOfMemoryError}. An encoded string or bytes value of length n takes n bytes, and every array or
 * map item of our schemas takes at least one byte, so the remaining input is a bound that no valid record exceeds.
 * (Caveat: an array of n {@code null}s is n zero-byte items; no schema of ours has one, and such a record would be
 * rejected as corrupt.) The allocation is therefore at most proportional to the record's size.
 *
 * <p>Thread-unsafe, one per record read, like Avro's decoders.
 */
public final class BoundedDecoder extends Decoder {
  private final ByteArraySource source;
  private final BinaryDecoder in;

  /** Decodes {@code bytes[offset, offset + length)}. */
  public BoundedDecoder(byte[] bytes, int offset, int length) {
    this.source = new ByteArraySource(bytes, offset, length);
    // Direct (unbuffered) so that the source's position is exactly what the decoder has consumed.
    this.in = DecoderFactory.get().directBinaryDecoder(source, null);
  }

  public BoundedDecoder(byte[] bytes) {
    this(bytes, 0, bytes.length);
  }

  /** Bytes not yet consumed. */
  public int remaining() {
    return source.available();
  }

  /** Thrown for a length or count the record cannot hold; its message is the rejection reason. */
  public static final class CorruptRecordException extends IOException {
    public CorruptRecordException(String message) {
      super(message);
    }
  }

  private int checkedLength(long length, String what) throws CorruptRecordException {
    if (length < 0) {
      throw new CorruptRecordException("negative " + what + " length " + length);
    }
    if (length > remaining()) {
      throw new CorruptRecordException(what + " length " + length + " exceeds the " + remaining()
          + " bytes left in the record");
    }
    return (int) length;
  }

  private long checkedCount(long count, String what) throws CorruptRecordException {
    // The binary decoder already folds negative block counts (count followed by a byte size) into a positive one.
    if (count > remaining()) {
      throw new CorruptRecordException(what + " block of " + count + " items exceeds the " + remaining()
          + " bytes left in the record");
    }
    return count;
  }

  @Override
  public Utf8 readString(Utf8 old) throws IOException {
    int length = checkedLength(in.readLong(), "string");
    Utf8 result = old != null ? old : new Utf8();
    result.setByteLength(length);
    in.readFixed(result.getBytes(), 0, length);
    return result;
  }

  @Override
  public String readString() throws IOException {
    return readString(null).toString();
  }

  @Override
  public void skipString() throws IOException {
    in.skipFixed(checkedLength(in.readLong(), "string"));
  }

  @Override
  public ByteBuffer readBytes(ByteBuffer old) throws IOException {
    int length = checkedLength(in.readLong(), "bytes");
    ByteBuffer result = old != null && old.capacity() >= length ? old.clear() : ByteBuffer.allocate(length);
    in.readFixed(result.array(), result.arrayOffset(), length);
    result.limit(length);
    return result;
  }

  @Override
  public void skipBytes() throws IOException {
    in.skipFixed(checkedLength(in.readLong(), "bytes"));
  }

  @Override
  public long readArrayStart() throws IOException {
    return checkedCount(in.readArrayStart(), "array");
  }

  @Override
  public long arrayNext() throws IOException {
    return checkedCount(in.arrayNext(), "array");
  }

  @Override
  public long skipArray() throws IOException {
    return in.skipArray();
  }

  @Override
  public long readMapStart() throws IOException {
    return checkedCount(in.readMapStart(), "map");
  }

  @Override
  public long mapNext() throws IOException {
    return checkedCount(in.mapNext(), "map");
  }

  @Override
  public long skipMap() throws IOException {
    return in.skipMap();
  }

  @Override
  public void readNull() throws IOException {
    in.readNull();
  }

  @Override
  public boolean readBoolean() throws IOException {
    return in.readBoolean();
  }

  @Override
  public int readInt() throws IOException {
    return in.readInt();
  }

  @Override
  public long readLong() throws IOException {
    return in.readLong();
  }

  @Override
  public float readFloat() throws IOException {
    return in.readFloat();
  }

  @Override
  public double readDouble() throws IOException {
    return in.readDouble();
  }

  @Override
  public void readFixed(byte[] bytes, int start, int length) throws IOException {
    in.readFixed(bytes, start, length);
  }

  @Override
  public void skipFixed(int length) throws IOException {
    in.skipFixed(length);
  }

  @Override
  public int readEnum() throws IOException {
    return in.readEnum();
  }

  @Override
  public int readIndex() throws IOException {
    return in.readIndex();
  }

  /** An unsynchronised ByteArrayInputStream whose {@link #available()} is exact. */
  private static final class ByteArraySource extends InputStream {
    private final byte[] bytes;
    private final int end;
    private int pos;

    ByteArraySource(byte[] bytes, int offset, int length) {
      this.bytes = bytes;
      this.pos = offset;
      this.end = offset + length;
    }

    @Override
    public int read() {
      return pos < end ? bytes[pos++] & 0xff : -1;
    }

    @Override
    public int read(byte[] b, int off, int len) {
      if (len == 0) {
        return 0;
      }
      if (pos >= end) {
        return -1;
      }
      int n = Math.min(len, end - pos);
      System.arraycopy(bytes, pos, b, off, n);
      pos += n;
      return n;
    }

    @Override
    public long skip(long n) {
      long skipped = Math.max(0, Math.min(n, end - pos));
      pos += (int) skipped;
      return skipped;
    }

    @Override
    public int available() {
      return end - pos;
    }
  }
}
