package dev.newsstream.streams.enrich;

import java.util.List;

/** Text -> tagged entity spans (offsets into the text) and the number of tokens read. Thread-safe. */
public interface SpanTagger {
  NerTagger.Tagging tag(String text);

  /** Entity types it can output, e.g. [PERSON, ORGANIZATION, LOCATION, MISC]. */
  List<String> types();
}
