package dev.newsstream.bench.ner;

import java.util.List;

/**
 * One evaluation document: its text rebuilt from the tokens, and the gold entity spans into that text.
 *
 * @param unannotated ranges where the gold scheme marks no mention of the range's type although a CoNLL-style
 *     annotation would (GUM has no mention for the adjective "Afghan" in "Afghan girls", CoNLL tags it MISC): a
 *     prediction of that type inside them that overlaps no gold is not scored; empty for CoNLL-2003 gold
 */
public record GoldDocument(String id, String text, List<EntitySpan> gold, int tokens, List<EntitySpan> unannotated) {
  public GoldDocument(String id, String text, List<EntitySpan> gold, int tokens) {
    this(id, text, gold, tokens, List.of());
  }
}
