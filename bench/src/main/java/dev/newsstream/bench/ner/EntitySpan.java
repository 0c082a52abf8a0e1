package dev.newsstream.bench.ner;

/** An entity mention for scoring: [start, end) character offsets and type. Equal means exact span and type. */
public record EntitySpan(int start, int end, String type) {}
