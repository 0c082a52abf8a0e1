package dev.newsstream.producer.feed;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Locale;

/**
 * How an input is read. {@code auto} picks by file name and, when the name does not say, by content (see
 * {@link FeedSniffer}); the others force a format (e.g. for stdin).
 */
public enum FeedFormat {
  AUTO, PAGE, WARC, JSONL;

  /** The format of {@code file} under this setting: by extension when AUTO, then by content, else this one. */
  public FeedFormat resolve(Path file) {
    if (this != AUTO) {
      return this;
    }
    FeedFormat byName = byName(file);
    return byName != AUTO ? byName : FeedSniffer.sniff(file);
  }

  /** WARC for .warc/.arc (optionally .gz), JSONL for .jsonl/.ndjson (optionally .gz), else AUTO (unknown). */
  static FeedFormat byName(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.endsWith(".gz")) {
      name = name.substring(0, name.length() - 3);
    }
    if (name.endsWith(".warc") || name.endsWith(".arc")) {
      return WARC;
    }
    if (name.endsWith(".jsonl") || name.endsWith(".ndjson")) {
      return JSONL;
    }
    return AUTO;
  }

  /** Opens a file as a feed of this (resolved) format; revisits are matched within this feed only. */
  public PageFeed open(Path file, String fallbackUrl, RawPageFactory factory) throws IOException {
    return open(file, fallbackUrl, factory, CaptureDigests.forRun());
  }

  /** Opens a file as a feed of this (resolved) format; {@code captures} spans the whole run. */
  public PageFeed open(Path file, String fallbackUrl, RawPageFactory factory, CaptureDigests captures)
      throws IOException {
    return switch (resolve(file)) {
      case WARC -> WarcFeed.open(file, factory, captures);
      case JSONL -> JsonLinesFeed.open(file, factory);
      case PAGE, AUTO -> SinglePageFeed.file(file, fallbackUrl, factory);
    };
  }

  /**
   * Opens stdin: under AUTO by content as a file without a telling name is (its first bytes are peeked and put
   * back, {@link FeedSniffer}): WARC/ARC, JSON lines (gzipped or not), else one page; a forced format as given.
   */
  public PageFeed openStdin(InputStream in, String fallbackUrl, RawPageFactory factory) throws IOException {
    FeedFormat format = this;
    boolean gzipped = false;
    if (this == AUTO) {
      in = new BufferedInputStream(in, FeedSniffer.PEEK_BYTES);
      in.mark(FeedSniffer.PEEK_BYTES);
      byte[] head = in.readNBytes(FeedSniffer.PEEK_BYTES);
      in.reset();
      format = FeedSniffer.sniff(head);
      gzipped = FeedSniffer.isGzip(head);
    }
    return switch (format) {
      case JSONL -> new JsonLinesFeed("<stdin>", in, gzipped, factory);
      case WARC -> WarcFeed.stream("<stdin>", in, factory, CaptureDigests.forRun());
      case PAGE, AUTO -> SinglePageFeed.stdin(in, fallbackUrl, factory);
    };
  }
}
