package dev.newsstream.page;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The title convention of plain text: a first line that reads as a headline (at most {@value #MAX_HEADLINE_CHARS}
 * characters, two words or more, no closing punctuation) with more text after it. Shared by the producer, which
 * wraps plain text from JSON lines in minimal HTML, and the parse stage's plain-text parser, so that the same text
 * gets the same title whichever way it arrives.
 */
public final class TextTitle {
  public static final int MAX_HEADLINE_CHARS = 200;
  private static final Pattern CLOSING = Pattern.compile("[.!?:;,。！？]$");
  /** The first line, then a line of only spaces, then the rest (which must hold a letter or digit). */
  private static final Pattern FIRST_LINE_THEN_BLANK =
      Pattern.compile("\\A\\s*([^\\r\\n]+)\\R\\h*\\R\\s*(?=[\\s\\S]*[\\p{L}\\p{N}])([\\s\\S]*)\\z");

  private TextTitle() {}

  /**
   * A line shaped as a headline: {@code "Storm Darragh leaves thousands without power"}, not a sentence
   * ({@code "More than 200,000 homes were hit."}), a label ({@code "Weather"}) or a whole paragraph.
   */
  public static boolean isHeadline(String line) {
    String l = line.strip();
    return !l.isEmpty() && l.length() <= MAX_HEADLINE_CHARS && l.indexOf(' ') > 0 && !CLOSING.matcher(l).find();
  }

  /** A title line and the text after it. */
  public record Split(String title, String rest) {}

  /**
   * The text's title when it opens with a headline line followed by a blank line and more text; empty otherwise
   * (a text without a blank line after its first line, or whose first line is a sentence, has no title line).
   */
  public static Optional<Split> leading(String text) {
    if (text == null || text.length() > 10 * 1024 * 1024) {
      return Optional.empty();
    }
    Matcher m = FIRST_LINE_THEN_BLANK.matcher(text);
    if (!m.find() || !isHeadline(m.group(1))) {
      return Optional.empty();
    }
    return Optional.of(new Split(m.group(1).strip().replaceAll("\\s+", " "), m.group(2)));
  }
}
