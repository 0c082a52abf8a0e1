package dev.newsstream.bench;

import java.util.ArrayList;
import java.util.List;

/**
 * Scores extracted bodies against goose-style truth, which gives only the start of the article text: does our body
 * start with it (lead found, nothing in front of it), or at least contain it (lead found, something before it).
 * Whitespace is collapsed on both sides and the expected lead is cut to {@link #LEAD_CHARS}.
 */
public final class LeadScore {
  public static final int LEAD_CHARS = 120;

  /** {@code at} = where the expected lead starts in our body: 0 = starts with it, -1 = missing. */
  public record Page(String id, String expected, String body, int at) {}

  private final List<Page> pages = new ArrayList<>();
  private int titles;
  private int titlesRight;
  private int rejected;

  public void addBody(String id, String expectedLead, String body) {
    String want = spaces(expectedLead);
    want = want.length() > LEAD_CHARS ? want.substring(0, LEAD_CHARS) : want;
    String got = body == null ? "" : spaces(body);
    pages.add(new Page(id, want, got, got.indexOf(want)));
  }

  public void addTitle(String expected, String title) {
    titles++;
    if (title != null && spaces(expected).equals(spaces(title))) {
      titlesRight++;
    }
  }

  public void addRejected() {
    rejected++;
  }

  public int pages() {
    return pages.size();
  }

  public int startsWith() {
    return (int) pages.stream().filter(p -> p.at() == 0).count();
  }

  public int contains() {
    return (int) pages.stream().filter(p -> p.at() >= 0).count();
  }

  public int titles() {
    return titles;
  }

  public int titlesRight() {
    return titlesRight;
  }

  public int rejected() {
    return rejected;
  }

  /** Pages whose body does not start with the expected lead, in id order. */
  public List<Page> misses() {
    return pages.stream().filter(p -> p.at() != 0).toList();
  }

  static String spaces(String s) {
    return s.replaceAll("[\\s\\u00A0]+", " ").strip();
  }
}
