package dev.newsstream.streams.parse;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * A post's link to the item it presents: a line that is wholly one link to another site, set right after the post's
 * own prose in the same parent ("Cartoonist X got a spot on CNN for his critique… Click through for the whole
 * thing." then "<a href=other-site>The generation we love to dump on</a>"). {@link BlockFilter} drops link-dense
 * lines as linked headlines of other stories; this gives back those that name what the post is about. Teasers for
 * the site's own stories link to its own host; a list of links is several such lines in a row; a "Read more" or
 * "Click here." line is a label or ends as a sentence (both stay dropped, as the label rules drop them first).
 */
final class PresentedLinks {
  /**
   * A line that speaks of the link or is an address points at something rather than naming it ("Hier der direkte
   * Link zum Clip", "Click through", "http://example.org/2016/07/story", "example-rally.com"): a call to action or a bare citation.
   */
  private static final Pattern POINTER = Pattern.compile("(?iu)\\b(?:here|hier|ici|aquí|qui|link|click|klick|"
      + "clicca|haga clic|cliquez)\\b|://|^www\\.|^[\\w.-]+\\.\\p{Alpha}{2,}(?:/\\S*)?$");
  private static final int MAX_CHARS = 120;
  /** Fewer words are a bare link ("Source", "Link", "pic.twitter.com/…"), not an item's title. */
  private static final int MIN_WORDS = 3;
  /** Share of the line in its link from which it is all link (spaces and punctuation around it aside). */
  private static final double WHOLLY_LINKED = 0.9;

  private PresentedLinks() {}

  /**
   * Sets {@code kept[i]} for each line {@code i} dropped only for its links ({@code linkDropped[i]}) that is
   * wholly one link to another host than the page's ({@code Document.location()}; none is kept when that is
   * unknown), {@value #MIN_WORDS} words to {@value #MAX_CHARS} characters, not ending as a sentence, neither a
   * heading nor a list item, right after a kept unlinked {@code <p>} ending as a sentence with the same parent, and
   * not followed by another wholly linked line, nor a pointer ({@link #POINTER}). Such a line is the post's last word
   * as often as not, so the caller must not trim it as a label at the end.
   *
   * @param blocks the page's lines in order; {@code kept}, {@code linkDropped} and {@code inContainer} are per line
   * @return the lines given back (identity set)
   */
  static Set<TextBlocks.Block> keep(List<TextBlocks.Block> blocks, boolean[] kept, boolean[] linkDropped,
      boolean[] inContainer) {
    Set<TextBlocks.Block> out = Collections.newSetFromMap(new IdentityHashMap<>());
    for (int i = 1; i < blocks.size(); i++) {
      TextBlocks.Block b = blocks.get(i);
      if (!linkDropped[i] || !inContainer[i] || b.isHeading() || b.tag().equals("li")
          || b.linkDensity() < WHOLLY_LINKED || b.text().length() > MAX_CHARS
          || TextNormalizer.wordCount(b.text()) < MIN_WORDS || TextBlocks.ACTION_END.matcher(b.text()).find()
          || POINTER.matcher(b.text()).find()) {
        continue;
      }
      boolean nextLinked = i + 1 < blocks.size() && inContainer[i + 1]
          && blocks.get(i + 1).linkDensity() >= WHOLLY_LINKED;
      kept[i] = !nextLinked && followsProse(blocks, kept, inContainer, i) && linksElsewhere(b.owner());
      if (kept[i]) {
        out.add(b);
      }
    }
    return out;
  }

  /** Line {@code i - 1} is kept, in the container, an unlinked {@code <p>} ending as a sentence, a sibling. */
  private static boolean followsProse(List<TextBlocks.Block> blocks, boolean[] kept, boolean[] inContainer, int i) {
    TextBlocks.Block p = blocks.get(i - 1);
    return kept[i - 1] && inContainer[i - 1] && p.tag().equals("p") && p.linkDensity() < 0.3
        && p.owner().parent() == blocks.get(i).owner().parent() && TextBlocks.PROSE_END.matcher(p.text()).find();
  }

  /** The line holds one link, to a host that is neither the page's nor one of its sub- or parent domains. */
  private static boolean linksElsewhere(Element line) {
    List<Element> links = line.getElementsByTag("a");
    if (links.size() != 1 || line.ownerDocument() == null) {
      return false;
    }
    String page = host(line.ownerDocument().location());
    String target = host(links.get(0).absUrl("href"));
    return page != null && target != null && !target.equals(page) && !target.endsWith("." + page)
        && !page.endsWith("." + target);
  }

  /** The URL's host in lower case without a leading "www.", or null when it has none or does not parse. */
  static String host(String url) {
    String h = UrlHost.of(url);
    if (h == null) {
      return null;
    }
    h = h.toLowerCase(Locale.ROOT);
    return h.startsWith("www.") ? h.substring(4) : h;
  }
}
