package dev.newsstream.bench.ner;

/** Rebuilds document text from tokens and remembers each token's offsets. Sentences are separated by a blank line. */
final class TextBuilder {
  private final StringBuilder text = new StringBuilder();
  private boolean spaceBefore;

  /** Appends a token and returns its start offset (its end is start + token.length()). */
  int token(String form, boolean spaceAfter) {
    if (spaceBefore) {
      text.append(' ');
    }
    int start = text.length();
    text.append(form);
    spaceBefore = spaceAfter;
    return start;
  }

  void endSentence() {
    if (!text.isEmpty()) {
      text.append("\n\n");
    }
    spaceBefore = false;
  }

  boolean isEmpty() {
    return text.isEmpty();
  }

  String build() {
    return text.toString().strip();
  }
}
