package dev.newsstream.producer.feed;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Locale;

/** How an input is read. {@code auto} picks by file name; the others force a format (e.g. for stdin). */
public enum FeedFormat {
  AUTO, PAGE, WARC, JSONL;

  /** The format of {@code file} under this setting: by extension when AUTO, else this one. */
  public FeedFormat resolve(Path file) {
    if (this != AUTO) {
      return this;
    }
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.endsWith(".warc") || name.endsWith(".warc.gz")) {
      return WARC;
    }
    if (name.endsWith(".jsonl") || name.endsWith(".jsonl.gz") || name.endsWith(".ndjson")
        || name.endsWith(".ndjson.gz")) {
      return JSONL;
    }
    return PAGE;
  }

  /** Opens a file as a feed of this (resolved) format. */
  public PageFeed open(Path file, String fallbackUrl, RawPageFactory factory) throws IOException {
    return switch (resolve(file)) {
      case WARC -> WarcFeed.open(file, factory);
      case JSONL -> JsonLinesFeed.open(file, factory);
      case PAGE, AUTO -> SinglePageFeed.file(file, fallbackUrl, factory);
    };
  }

  /** Opens stdin: one page unless JSONL or WARC is forced. */
  public PageFeed openStdin(InputStream in, String fallbackUrl, RawPageFactory factory) throws IOException {
    return switch (this) {
      case JSONL -> new JsonLinesFeed("<stdin>", in, false, factory);
      case WARC -> new WarcFeed("<stdin>", new org.netpreserve.jwarc.WarcReader(in), factory);
      case PAGE, AUTO -> SinglePageFeed.stdin(in, fallbackUrl, factory);
    };
  }
}
