package dev.newsstream.producer.feed;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;

/**
 * Reads the records of a WARC or ARC file (plain, or gzip with one member per record) with jwarc, and goes on
 * after damage instead of giving up at the first unreadable byte.
 *
 * <p>When a record cannot be parsed (a truncated record, a Content-Length that is too short or too long, garbage
 * between records, a damaged gzip member), the reader looks for the next place a record can start and carries on
 * from there:
 * <ul>
 *   <li>plain files: the next {@code WARC/<n>.<n>} version line after the start of the last record read
 *       (a too-long Content-Length may have swallowed the start of the next record, so the search starts inside
 *       the last one);</li>
 *   <li>gzip files: the next gzip member header ({@code 1f 8b 08}) after the member of the last record read,
 *       since crawlers write one member per record ({@link GzipMembersStream} keeps the member offsets).</li>
 * </ul>
 * A place where strict parsing fails before any record was read from it is tried once more with jwarc's lenient
 * parser, which accepts the LF-only header lines of old WARC versions (0.17/0.18); a file whose records parse only
 * that way stays lenient. Each stretch skipped is returned as a {@link Entry.Damaged} with its byte range and the
 * parser's message, so the caller can count it; a stretch of only blank lines (or zero padding) is not damage.
 *
 * <p>Not resynchronised: damage inside one gzip member that holds many records (nothing to resume at before the
 * member's end), and plain (uncompressed) ARC files (no fixed record-start marker).
 */
final class ResyncingWarcReader implements WarcEntries {
  private static final int SCAN_BLOCK = 64 * 1024;
  private static final byte[] WARC_MAGIC = {'W', 'A', 'R', 'C', '/'};
  private static final byte[] GZIP_MAGIC = {0x1f, (byte) 0x8b, 0x08};

  private final FileChannel channel;
  private final long size;
  private final boolean gzip;
  private WarcReader reader;
  private IOException openError; // why no reader could be opened at resumedAt (reader is null then)
  private GzipMembersStream members; // gzip only
  private boolean lenient;
  /** File offset where the current jwarc reader was started, and whether it has returned a record since. */
  private long resumedAt;
  private boolean readSinceResume;
  /** File offset of the last record read (its member's offset for gzip), and its offset as jwarc saw it. */
  private long lastRecordStart = -1;
  private long lastReaderOffset;
  private boolean finished;

  ResyncingWarcReader(Path file) throws IOException {
    this.channel = FileChannel.open(file, StandardOpenOption.READ);
    this.size = channel.size();
    this.gzip = startsWith(0, GZIP_MAGIC);
    open(0);
  }

  @Override
  public long position() {
    return Math.max(lastRecordStart, 0);
  }

  @Override
  public Optional<Entry> next() throws IOException {
    while (!finished) {
      try {
        if (reader == null) {
          throw openError;
        }
        Optional<WarcRecord> record = reader.next();
        if (record.isEmpty()) {
          finished = true;
          break;
        }
        lastReaderOffset = reader.position();
        lastRecordStart = fileOffset(lastReaderOffset);
        readSinceResume = true;
        if (members != null) {
          members.forget(lastReaderOffset);
        }
        return Optional.of(new Entry.Record(record.get(), lastRecordStart,
            members == null ? 0 : members.offsetInMember(lastReaderOffset)));
      } catch (IOException | RuntimeException e) {
        Optional<Entry> damaged = resynchronise(e);
        if (damaged.isPresent()) {
          return damaged;
        }
      }
    }
    return Optional.empty();
  }

  /** File offset of a record jwarc reports at {@code readerOffset}: itself for plain files, its member for gzip. */
  private long fileOffset(long readerOffset) {
    return members == null ? readerOffset : members.memberAt(readerOffset);
  }

  /** Moves past the damage; the stretch skipped, or empty when nothing was lost (blank bytes, lenient retry). */
  private Optional<Entry> resynchronise(Exception error) throws IOException {
    if (!readSinceResume && !lenient) {
      // Nothing parses strictly here: try the lenient parser (LF-only WARC 0.x headers) before skipping.
      lenient = true;
      open(resumedAt);
      return Optional.empty();
    }
    if (!readSinceResume) {
      lenient = false; // lenient did not help here either: strict again for what follows
    }
    // Where the failed record starts (its member for gzip), and where to look for the next record: right after
    // the last record read, because a Content-Length that is too long may have swallowed what follows it.
    long failedAt = reader == null ? resumedAt : Math.max(fileOffset(reader.position()), resumedAt);
    long searchFrom = readSinceResume ? lastRecordStart + 1 : resumedAt + 1;
    long next = nextRecordStart(searchFrom);
    long to = next < 0 ? size : next;
    boolean overlap = readSinceResume && next >= 0 && next < failedAt;
    long from = overlap ? lastRecordStart : Math.min(failedAt, to);
    boolean afterRecord = readSinceResume; // open() below starts a new reader
    if (next < 0) {
      finished = true;
    } else {
      open(next);
    }
    if (overlap) {
      // The record at `from` was returned and the next one is read again: a framing error, no record lost.
      return Optional.of(new Entry.Damaged(from, next, "record at byte " + from
          + " runs past the next record (wrong Content-Length); re-read from byte " + next, false));
    }
    if (isBlank(from, to)) {
      return Optional.empty(); // only blank lines (e.g. an LF-only trailer) or padding: nothing lost
    }
    if (!gzip && afterRecord && next >= 0 && !holdsRecordHeader(from, to)) {
      // Stray bytes between two records that were both read (typically the tail of the record before, whose
      // Content-Length was too short): a framing gap, said with its range, not a lost page.
      return Optional.of(new Entry.Damaged(from, to, "framing gap: bytes " + from + "-" + to + " after the record"
          + " at byte " + lastRecordStart + " hold no record (its Content-Length is probably too short: it was sent without them); reading resumed at the"
          + " record at byte " + to, false));
    }
    String message = error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage();
    if (message.length() > 160) {
      message = message.substring(0, 160) + "...";
    }
    return Optional.of(new Entry.Damaged(from, to, "unreadable " + (gzip ? "gzip member(s)" : "WARC bytes") + " "
        + from + "-" + to + ": " + message));
  }

  private void open(long offset) throws IOException {
    if (members != null) {
      members.close();
      members = null;
    }
    resumedAt = offset;
    readSinceResume = false;
    try {
      if (gzip) {
        members = new GzipMembersStream(channel, offset);
        reader = new WarcReader(members);
      } else {
        channel.position(offset);
        reader = new WarcReader(channel);
      }
      reader.setLenient(lenient);
    } catch (IOException | RuntimeException e) {
      // No readable start here (not a member header, or its first bytes do not inflate): next() resyncs past it.
      reader = null;
      openError = new IOException("no record starts at byte " + offset + ": " + e.getMessage(), e);
    }
  }

  /** The next offset >= {@code from} where a record (plain) or gzip member can start, or -1. */
  long nextRecordStart(long from) throws IOException {
    byte[] magic = gzip ? GZIP_MAGIC : WARC_MAGIC;
    ByteBuffer buf = ByteBuffer.allocate(SCAN_BLOCK + 32);
    long base = Math.max(from - 1, 0); // one byte before, to see whether the match starts a line
    while (base < size) {
      buf.clear();
      int n = channel.read(buf, base);
      if (n <= 0) {
        return -1;
      }
      byte[] a = buf.array();
      for (int i = 0; i + magic.length < n || (i + magic.length == n && gzip); i++) {
        long at = base + i;
        if (at < from || !matches(a, i, magic)) {
          continue;
        }
        if (gzip || looksLikeVersionLine(a, i + magic.length, n)) {
          return at;
        }
      }
      if (base + n >= size) {
        return -1;
      }
      base += Math.max(n - 32, 1); // overlap so that a version line across the block edge is seen
    }
    return -1;
  }

  /**
   * After "WARC/": digits, a dot, digits, then a line end. Not required to start a line: a truncated record
   * ends mid-line and the next record follows at once.
   */
  private static boolean looksLikeVersionLine(byte[] a, int i, int n) {
    int j = i;
    while (j < n && Character.isDigit(a[j])) {
      j++;
    }
    if (j == i || j >= n || a[j] != '.') {
      return false;
    }
    int k = ++j;
    while (j < n && Character.isDigit(a[j])) {
      j++;
    }
    return j > k && j < n && (a[j] == '\r' || a[j] == '\n');
  }

  private static boolean matches(byte[] a, int i, byte[] magic) {
    for (int k = 0; k < magic.length; k++) {
      if (a[i + k] != magic[k]) {
        return false;
      }
    }
    return true;
  }

  private boolean startsWith(long at, byte[] magic) throws IOException {
    ByteBuffer buf = ByteBuffer.allocate(magic.length);
    return channel.read(buf, at) == magic.length && matches(buf.array(), 0, magic);
  }

  /**
   * Whether bytes {@code from}..{@code to} hold a WARC header field (so a record, or its header, is lost there).
   * A stretch over 1 MB is assumed to: too long to be stray bytes.
   */
  private boolean holdsRecordHeader(long from, long to) throws IOException {
    if (to - from > 1 << 20) {
      return true;
    }
    ByteBuffer buf = ByteBuffer.allocate((int) Math.max(to - from, 0));
    channel.read(buf, from);
    String text = new String(buf.array(), 0, buf.position(), java.nio.charset.StandardCharsets.ISO_8859_1)
        .toLowerCase(java.util.Locale.ROOT);
    return text.contains("warc-type:") || text.contains("warc-record-id:") || text.contains("warc-target-uri:");
  }

  private boolean isBlank(long from, long to) throws IOException {
    if (to - from > SCAN_BLOCK) {
      return false;
    }
    ByteBuffer buf = ByteBuffer.allocate((int) Math.max(to - from, 0));
    channel.read(buf, from);
    for (int i = 0; i < buf.position(); i++) {
      byte b = buf.get(i);
      if (b != '\r' && b != '\n' && b != ' ' && b != '\t' && b != 0) {
        return false;
      }
    }
    return true;
  }

  @Override
  public void close() throws IOException {
    if (members != null) {
      members.close();
    }
    channel.close();
  }
}
