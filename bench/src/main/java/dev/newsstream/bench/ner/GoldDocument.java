package dev.newsstream.bench.ner;

import java.util.List;

/** One evaluation document: its text rebuilt from the tokens, and the gold entity spans into that text. */
public record GoldDocument(String id, String text, List<EntitySpan> gold, int tokens) {}
