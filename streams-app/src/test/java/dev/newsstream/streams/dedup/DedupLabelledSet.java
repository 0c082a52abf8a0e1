package dev.newsstream.streams.dedup;

import com.ibm.icu.text.Transliterator;
import dev.newsstream.streams.dedup.DedupStories.Story;
import dev.newsstream.streams.dedup.DedupEngine;
import dev.newsstream.streams.parse.TextNormalizer;
import dev.newsstream.url.CanonicalUrl;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.Random;

/**
 * Builds the labelled page stream: every story's original, then re-crawls and syndicated copies as crawlers
 * and news agencies produce them, interleaved in event time with all other stories (several per topic).
 */
public final class DedupLabelledSet {
  /** What the right outcome for a page is. */
  public enum Label { CLEAN, UPDATE, SAME_URL, SAME_CONTENT, NEAR_DUPLICATE }

  /** One page with its truth: {@code story} is the story it tells; {@code variant} names how it was made. */
  public record LabelledPage(DedupEngine.Page page, String url, String story, String variant, Label label) {}

  private static final List<String> SYNDICATORS = List.of("newswire-one.example", "daily-digest.example",
      "metro-times.example", "world-briefing.example");
  private DedupLabelledSet() {}

  public static List<LabelledPage> build(List<Story> stories, long seed) {
    Random random = new Random(seed);
    Instant base = Instant.parse("2025-11-01T06:00:00Z");
    List<LabelledPage> pages = new ArrayList<>();
    for (int i = 0; i < stories.size(); i++) {
      Story s = stories.get(i);
      Instant t0 = base.plus(Duration.ofMinutes(47L * i));
      String origin = "https://www.publisher-" + (char) ('a' + i % 6) + ".example/news/2025/" + s.id();
      List<String> paras = s.paragraphs();
      DedupPhrases ph = DedupPhrases.of(s.language());
      add(pages, origin, s, "original", Label.CLEAN, paras, t0, t0);
      add(pages, origin + "?utm_source=rss&utm_medium=feed#top", s, "re-crawl unchanged, tracking params",
          Label.SAME_URL, paras, t0, t0.plus(Duration.ofMinutes(30)));
      List<String> updated = new ArrayList<>(paras);
      updated.set(0, paras.get(0).replaceFirst(ph.ledeEnd(), ph.updatedLedeEnd()));
      updated.add(ph.updateNote());
      Instant modified = t0.plus(Duration.ofHours(3));
      add(pages, origin, s, "re-crawl changed (update)", Label.UPDATE, updated, modified, modified.plusSeconds(60));
      List<String> stale = new ArrayList<>(paras);
      stale.set(paras.size() - 1, paras.get(paras.size() - 1) + ph.moreToFollow());
      add(pages, origin + "?fbclid=abc123", s, "late stale re-crawl (older modifiedAt)", Label.SAME_URL, stale,
          t0.plusSeconds(600), modified.plus(Duration.ofMinutes(10)));

      String syndicator = SYNDICATORS.get(random.nextInt(SYNDICATORS.size()));
      String copy = "https://" + syndicator + "/story/" + (10_000 + i) + "/" + s.id();
      List<String> curly = paras.stream().map(p -> p.replace("'", "\u2019").replace(" - ", " \u2013 ")).toList();
      add(pages, copy + "-exact", s, "exact copy, other site", Label.SAME_CONTENT, curly, null,
          t0.plus(Duration.ofMinutes(20)));
      List<String> boiler = new ArrayList<>(paras);
      boiler.set(0, ph.agencyPrefix() + paras.get(0));
      boiler.add(ph.boilerplate().get(random.nextInt(ph.boilerplate().size())));
      boiler.add(ph.boilerplate().get(random.nextInt(ph.boilerplate().size())));
      add(pages, copy + "-syndicated", s, "syndicated, boilerplate swapped", Label.NEAR_DUPLICATE, boiler, null,
          t0.plus(Duration.ofMinutes(50)));
      List<String> edited = new ArrayList<>();
      for (String p : paras) {
        if (ph.unspaced()) {
          edited.add(CopyEdits.everyClause(p, ph.edits(), random));
          continue;
        }
        String e = p;
        for (int k = 0; k < 2; k++) {
          String[] edit = ph.edits()[random.nextInt(ph.edits().length)];
          e = e.replaceFirst(java.util.regex.Pattern.quote(edit[0]), java.util.regex.Matcher.quoteReplacement(edit[1]));
        }
        edited.add(e.equals(p) ? dropWord(p, random) : e);
      }
      add(pages, "https://" + SYNDICATORS.get((i + 1) % SYNDICATORS.size()) + "/a/" + s.id() + "?utm_campaign=x",
          s, ph.unspaced() ? "small edit in every clause" : "word edits in every paragraph", Label.NEAR_DUPLICATE,
          edited, null, t0.plus(Duration.ofMinutes(80)));
      List<String> newLede = new ArrayList<>(paras);
      newLede.set(0, s.headline() + ph.attributionSuffix());
      newLede.add(ph.boilerplate().get(random.nextInt(ph.boilerplate().size())));
      add(pages, "https://" + SYNDICATORS.get((i + 3) % SYNDICATORS.size()) + "/news/" + s.id() + "-lede", s,
          "lede replaced by headline, boilerplate", Label.NEAR_DUPLICATE, newLede, null, t0.plus(Duration.ofMinutes(95)));
      if (s.language().equals("zh")) {
        // A portal on the other side of the strait (or in Hong Kong) republishing the story in its own script,
        // converted by software as such portals do; no random draw, so the other copies stay as they were.
        add(pages, "https://" + SYNDICATORS.get((i + 2) % SYNDICATORS.size()) + "/zh-script/" + s.id(), s,
            "copy in the other Chinese script", Label.NEAR_DUPLICATE, otherChineseScript(paras), null,
            t0.plus(Duration.ofMinutes(110)));
      }
      List<String> cut = new ArrayList<>(paras.subList(0, paras.size() - 1));
      cut.add(ph.boilerplate().get(random.nextInt(ph.boilerplate().size())));
      add(pages, "https://" + SYNDICATORS.get((i + 2) % SYNDICATORS.size()) + "/wire/" + s.id(), s,
          "last paragraph cut, boilerplate", Label.NEAR_DUPLICATE, cut, null, t0.plus(Duration.ofMinutes(130)));
      if (paras.size() >= 5) {
        List<String> shortened = new ArrayList<>(paras.subList(0, paras.size() - 2));
        add(pages, "https://m.regional-paper.example/" + s.id() + "-short", s, "two paragraphs cut",
            Label.NEAR_DUPLICATE, shortened, null, t0.plus(Duration.ofMinutes(200)));
      }
      if (paras.size() >= 4) {
        // The hardest copy: an excerpt, only the first half of the story.
        List<String> half = new ArrayList<>(paras.subList(0, (paras.size() + 1) / 2));
        add(pages, "https://aggregator.example/read?u=" + s.id(), s, "excerpt: first half only",
            Label.NEAR_DUPLICATE, half, null, t0.plus(Duration.ofMinutes(240)));
      }
    }
    addDigests(pages, stories, base);
    pages.sort(Comparator.comparingLong((LabelledPage p) -> p.page().eventTime()));
    return pages;
  }

  /** Hard negatives: a daily digest per topic made of the opening paragraph of each story on it. */
  private static void addDigests(List<LabelledPage> out, List<Story> stories, Instant base) {
    Map<String, List<Story>> byTopic = new TreeMap<>();
    stories.forEach(s -> byTopic.computeIfAbsent(s.topic(), t -> new ArrayList<>()).add(s));
    Instant t = base.plus(Duration.ofDays(1));
    for (Map.Entry<String, List<Story>> topic : byTopic.entrySet()) {
      if (topic.getValue().size() >= 2) {
        List<String> digest = new ArrayList<>();
        topic.getValue().forEach(s -> digest.add(s.paragraphs().get(0)));
        String language = topic.getValue().get(0).language();
        digest.add(DedupPhrases.of(language).digestClose());
        add(out, "https://briefing.example/digest/" + topic.getKey(), new Story("digest-" + topic.getKey(),
            topic.getKey(), "Digest", digest, language), "digest of the topic's ledes (distinct page)", Label.CLEAN,
            digest, null, t);
        t = t.plusSeconds(60);
      }
    }
  }

  /**
   * The paragraphs converted to the other Chinese script by ICU's transliterators (with their phrase rules):
   * Traditional text (one that ICU's Hant-Hans changes) to Simplified, Simplified text to Traditional.
   */
  static List<String> otherChineseScript(List<String> paragraphs) {
    String text = String.join("\n\n", paragraphs);
    boolean traditional = !Transliterator.getInstance("Hant-Hans").transliterate(text).equals(text);
    Transliterator convert = Transliterator.getInstance(traditional ? "Hant-Hans" : "Hans-Hant");
    return paragraphs.stream().map(convert::transliterate).toList();
  }

  private static String dropWord(String paragraph, Random random) {
    String[] words = paragraph.split(" ");
    int drop = 1 + random.nextInt(Math.max(1, words.length - 2));
    List<String> kept = new ArrayList<>(List.of(words));
    kept.remove(Math.min(drop, kept.size() - 1));
    return String.join(" ", kept);
  }

  private static void add(List<LabelledPage> out, String url, Story s, String variant, Label label,
      List<String> paragraphs, Instant modifiedAt, Instant fetchedAt) {
    String body = String.join("\n\n", paragraphs);
    String hash = TextNormalizer.contentHash(body);
    if (label == Label.NEAR_DUPLICATE && out.stream().anyMatch(p -> p.page().contentHash().equals(hash))) {
      return; // e.g. "first half" of a five-paragraph story is "two paragraphs cut": keep one of them
    }
    DedupEngine.Page page = new DedupEngine.Page(CanonicalUrl.of(url).id(), TextNormalizer.contentHash(body),
        modifiedAt == null ? -1 : modifiedAt.toEpochMilli(), fetchedAt.toEpochMilli(), body);
    out.add(new LabelledPage(page, url, s.id(), variant, label));
  }
}
