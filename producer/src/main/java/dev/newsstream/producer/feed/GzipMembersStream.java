package dev.newsstream.producer.feed;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import java.util.zip.ZipException;

/**
 * The decompressed bytes of the gzip members (RFC 1952) of a file from a given member on, one after the other,
 * remembering at which file offset each member started and at which decompressed offset its data begins. Crawlers
 * write one member per WARC record, so member starts are where a reader can resume after damage, and a decompressed
 * record offset maps back to the file offset of its member ({@link #memberAt}). java.util.zip's GZIPInputStream
 * also reads member after member but does not say where each one starts.
 */
final class GzipMembersStream extends InputStream {
  private static final int FTEXT_FHCRC = 0x02;
  private static final int FEXTRA = 0x04;
  private static final int FNAME = 0x08;
  private static final int FCOMMENT = 0x10;

  private final FileChannel channel;
  private final ByteBuffer in = ByteBuffer.allocate(64 * 1024);
  private final Inflater inflater = new Inflater(true);
  private long inputPosition; // file offset of in's next unread byte when in is empty
  private boolean ended;
  private long produced; // decompressed bytes so far
  private long memberStart;
  /** (decompressed offset, file offset) of recent member starts, oldest first; trimmed by {@link #forget}. */
  private final java.util.ArrayDeque<long[]> members = new java.util.ArrayDeque<>();

  /** @throws ZipException when no gzip member header starts at {@code start} */
  GzipMembersStream(FileChannel channel, long start) throws IOException {
    this.channel = channel;
    this.inputPosition = start;
    in.flip();
    startMember();
  }

  private void startMember() throws IOException {
    memberStart = inputPosition - in.remaining();
    members.addLast(new long[] {produced, memberStart});
    readHeader();
    inflater.reset();
    inflater.setInput(in.array(), in.position(), in.remaining()); // the inflater owns in's bytes from here on
  }

  /** File offset of the member holding decompressed offset {@code offset} (or the oldest one remembered). */
  long memberAt(long offset) {
    long start = members.isEmpty() ? memberStart : members.peekFirst()[1];
    for (long[] m : members) {
      if (m[0] <= offset) {
        start = m[1];
      }
    }
    return start;
  }

  /** Offset of decompressed offset {@code offset} within its member's decompressed data (0 at the member start). */
  long offsetInMember(long offset) {
    long start = members.isEmpty() ? 0 : members.peekFirst()[0];
    for (long[] m : members) {
      if (m[0] <= offset) {
        start = m[0];
      }
    }
    return offset - start;
  }

  /** Drops the member starts before the one holding {@code offset}: they can no longer be asked for. */
  void forget(long offset) {
    while (members.size() > 1) {
      java.util.Iterator<long[]> it = members.iterator();
      it.next();
      if (it.next()[0] <= offset) {
        members.pollFirst();
      } else {
        break;
      }
    }
  }


  private void readHeader() throws IOException {
    if (u8() != 0x1f || u8() != 0x8b || u8() != 8) {
      throw new ZipException("not a gzip member header");
    }
    int flags = u8();
    for (int i = 0; i < 6; i++) {
      u8(); // mtime, extra flags, OS
    }
    if ((flags & FEXTRA) != 0) {
      int len = u8() | u8() << 8;
      for (int i = 0; i < len; i++) {
        u8();
      }
    }
    if ((flags & FNAME) != 0) {
      while (u8() != 0) {
        // zero-terminated file name
      }
    }
    if ((flags & FCOMMENT) != 0) {
      while (u8() != 0) {
        // zero-terminated comment
      }
    }
    if ((flags & FTEXT_FHCRC) != 0) {
      u8();
      u8();
    }
  }

  private int u8() throws IOException {
    if (!in.hasRemaining() && fill() <= 0) {
      throw new EOFException("gzip member header cut off");
    }
    return in.get() & 0xFF;
  }

  private int fill() throws IOException {
    in.compact();
    int n = channel.read(in, inputPosition);
    in.flip();
    if (n > 0) {
      inputPosition += n;
    }
    return n;
  }

  @Override
  public int read() throws IOException {
    byte[] one = new byte[1];
    int n = read(one, 0, 1);
    return n < 0 ? -1 : one[0] & 0xFF;
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    if (ended) {
      return -1;
    }
    try {
      while (true) {
        int n = inflater.inflate(b, off, len);
        if (n > 0) {
          produced += n;
          return n;
        }
        if (inflater.finished()) {
          finishMember();
          if (!in.hasRemaining() && fill() <= 0 || restIsPadding()) {
            ended = true;
            return -1;
          }
          startMember(); // the next member (data that is not a member header fails here, as damage)
          continue;
        }
        if (inflater.needsDictionary()) {
          throw new ZipException("gzip member needs a preset dictionary");
        }
        if (inflater.needsInput()) {
          in.position(in.limit()); // the inflater consumed all it was given
          if (fill() <= 0) {
            throw new EOFException("gzip member cut off at byte " + inputPosition);
          }
          inflater.setInput(in.array(), in.position(), in.remaining());
        }
      }
    } catch (DataFormatException e) {
      throw new ZipException("damaged gzip data: " + e.getMessage());
    }
  }

  /** Only zero bytes or blank lines (up to 64 KB) follow the last member: padding, not another member. */
  private boolean restIsPadding() throws IOException {
    long from = inputPosition - in.remaining();
    long size = channel.size();
    if (size - from > 64 * 1024) {
      return false;
    }
    ByteBuffer rest = ByteBuffer.allocate((int) (size - from));
    channel.read(rest, from);
    for (int i = 0; i < rest.position(); i++) {
      byte b = rest.get(i);
      if (b != 0 && b != '\r' && b != '\n' && b != ' ') {
        return false;
      }
    }
    return true;
  }

  /** The member's deflate data ended: skip the 8-byte CRC/size trailer; the next member starts after it. */
  private void finishMember() throws IOException {
    int unused = inflater.getRemaining();
    in.position(in.limit() - unused);
    for (int i = 0; i < 8; i++) {
      u8();
    }
  }

  @Override
  public void close() {
    inflater.end();
  }
}
