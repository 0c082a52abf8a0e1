package dev.newsstream.producer.feed;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;

/** The records of a WARC/ARC source in order, with the stretches that could not be read between them. */
interface WarcEntries extends AutoCloseable {
  /** One step: a record with its byte offset, or a stretch of bytes that could not be read. */
  sealed interface Entry {
    /**
     * A record at file offset {@code offset} (its gzip member's offset for gzip); {@code inMember} is its offset in
     * that member's decompressed data, 0 for the first (or only) record of a member and for plain files.
     */
    record Record(WarcRecord record, long offset, long inMember) implements Entry {
      public Record(WarcRecord record, long offset) {
        this(record, offset, 0);
      }
    }

    /**
     * Bytes {@code from}..{@code to} (exclusive; -1 when unknown) were skipped; an empty reason means nothing to
     * report. {@code lost}: a record (or part of one) may be lost there; false for a recovered framing gap (stray
     * bytes holding no record header, a record re-read after a Content-Length too long), which loses no record.
     */
    record Damaged(long from, long to, String reason, boolean lost) implements Entry {
      public Damaged(long from, long to, String reason) {
        this(from, to, reason, true);
      }
    }
  }

  /** The next record or damaged stretch, or empty at the end. */
  Optional<Entry> next() throws IOException;

  /** Bytes consumed so far (compressed bytes for gzip), for progress. */
  long position();

  @Override
  void close() throws IOException;

  /**
   * A stream that cannot seek (stdin): read with jwarc as is; the first damage ends it, reported as one stretch,
   * because a stream cannot be searched for the next record start without buffering all of it.
   */
  static WarcEntries of(InputStream in) throws IOException {
    WarcReader reader = new WarcReader(in);
    return new WarcEntries() {
      private boolean finished;

      @Override
      public Optional<Entry> next() {
        if (finished) {
          return Optional.empty();
        }
        try {
          Optional<WarcRecord> record = reader.next();
          finished = record.isEmpty();
          return record.map(r -> new Entry.Record(r, reader.position()));
        } catch (IOException | RuntimeException e) {
          finished = true;
          return Optional.of(new Entry.Damaged(reader.position(), -1,
              "unreadable WARC stream from byte " + reader.position() + " on (a stream cannot be resynchronised): "
                  + e.getMessage()));
        }
      }

      @Override
      public long position() {
        return reader.position();
      }

      @Override
      public void close() throws IOException {
        reader.close();
      }
    };
  }
}
