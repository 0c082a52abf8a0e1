package dev.newsstream.streams.parse;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Stage 4, inside the body container: another story embedded in the article (a floated box with its own headline,
 * byline and paragraphs between the article's paragraphs), known by its shape: a heading followed by a byline line
 * of its own, in a box that lies amid the text ({@link BodyBoilerplate#box}, {@link BodyBoilerplate#isSetAmidText}).
 */
final class EmbeddedStories {
  private EmbeddedStories() {}

  /**
   * A byline on a line of its own: "By Tom Pyman for MailOnline", "Von Anna Schmidt, dpa". Two to four capitalised
   * name words after the marker, then at most an agency or outlet; no sentence end. "By the end of the year, …" and
   * "By Monday, the ferry …" open sentences.
   */
  private static final Pattern OWN_BYLINE = Pattern.compile("(?u)^(?i:by|von|par|por|di|door)\\s+"
      + "\\p{Lu}[\\p{L}.'’-]*(?:\\s+\\p{Lu}[\\p{L}.'’-]*){1,3}"
      + "(?:(?:\\s*,|\\s+(?:for|für|pour|para|per|and|und|et|y)\\s).{0,40})?(?<![.!?])$");
  private static final int OWN_BYLINE_MAX_CHARS = 80;
  /** An embedded story is at least its headline, its byline and a paragraph, and at most this many lines. */
  private static final int STORY_MIN_LINES = 3;
  private static final int STORY_MAX_LINES = 40;

  /**
   * Drops another story embedded in the article: a box set between the article's paragraphs that opens with a
   * headline followed by a byline of its own ("Prince Charles: One million young people…" / "By Tom Pyman for
   * MailOnline" / its paragraphs), holding less than half of the text. The article's own byline sits under the page
   * headline, outside the text; a subhead of the text is followed by its paragraph, not by a byline. Clears
   * {@code kept} for the box's lines.
   */
  static void dropEmbeddedStories(List<TextBlocks.Block> blocks, boolean[] kept, boolean[] inContainer) {
    for (int i = 0; i + 1 < blocks.size(); i++) {
      if (!inContainer[i] || !blocks.get(i).isHeading() || !isOwnByline(blocks.get(i + 1).text())) {
        continue;
      }
      int[] box = BodyBoilerplate.box(blocks, i);
      if (box != null && box[0] == i && box[1] - box[0] >= STORY_MIN_LINES && box[1] - box[0] <= STORY_MAX_LINES
          && BodyBoilerplate.isSetAmidText(box, blocks, inContainer)) {
        for (int j = box[0]; j < box[1]; j++) {
          kept[j] = false;
        }
        i = box[1] - 1;
      }
    }
  }

  /** Whether a line (at most 80 chars) is a byline of its own ({@link #OWN_BYLINE}). */
  static boolean isOwnByline(String t) {
    return t.length() <= OWN_BYLINE_MAX_CHARS && OWN_BYLINE.matcher(t).matches();
  }
}
