package dev.newsstream.bench.crash;

import dev.newsstream.schema.Article;
import dev.newsstream.schema.DuplicateNotice;
import dev.newsstream.schema.RejectedPage;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The crash test's verdict, a pure function of what went in and what came out (read_committed): per input page
 * exactly one outcome among articles.clean, articles.duplicates and pages.rejected, and no article id twice among
 * first versions in articles.clean.
 *
 * <p>Outcomes are matched to inputs by the URL every outcome carries (Article.url, DuplicateNotice.url,
 * RejectedPage.url) or, for a record that was not a RawPage, RejectedPage.originalKey. A page sent k times (exact
 * re-send) must have exactly k outcomes. Without a dedup stage, each re-send is a first version again, so the id
 * check then allows an id as many times as its page was sent; with one, strictly once.
 */
public final class OutcomeLedger {
  private final Map<String, Integer> expected = new HashMap<>();
  private final Map<String, Integer> seen = new HashMap<>();
  private final Map<String, Integer> firstVersionIds = new HashMap<>();
  private final Map<String, String> urlOfId = new HashMap<>();
  private final Map<String, Integer> rejectedSourceOffsets = new HashMap<>();
  private int articles;
  private int updates;
  private int duplicates;
  private int rejected;

  public OutcomeLedger(List<CrashPages.Input> inputs) {
    inputs.forEach(in -> expected.merge(in.outcomeKey(), 1, Integer::sum));
  }

  public void article(Article a) {
    if (a.getVersion() > 1) {
      updates++;
    } else {
      articles++;
      firstVersionIds.merge(a.getId(), 1, Integer::sum);
      urlOfId.put(a.getId(), a.getUrl());
    }
    seen.merge(a.getUrl(), 1, Integer::sum);
  }

  public void duplicate(DuplicateNotice d) {
    duplicates++;
    seen.merge(d.getUrl(), 1, Integer::sum);
  }

  public void rejected(RejectedPage r) {
    rejected++;
    String key = r.getUrl() != null ? r.getUrl() : text(r.getOriginalKey());
    seen.merge(key, 1, Integer::sum);
    if (r.getSourceTopic() != null && r.getSourceOffset() != null) {
      rejectedSourceOffsets.merge(r.getSourceTopic() + "-" + r.getSourcePartition() + "@" + r.getSourceOffset(), 1,
          Integer::sum);
    }
  }

  public int outcomes() {
    return articles + updates + duplicates + rejected;
  }

  public String counts() {
    return String.format("%d first versions, %d updates, %d duplicate notices, %d rejected", articles, updates,
        duplicates, rejected);
  }

  /** Every broken promise, readable; empty when the run was exactly-once. */
  public List<String> violations(boolean dedupStage) {
    List<String> out = new ArrayList<>();
    Map<String, Integer> keys = new TreeMap<>(expected);
    seen.keySet().forEach(k -> keys.putIfAbsent(k, 0));
    keys.forEach((key, want) -> {
      int got = seen.getOrDefault(key, 0);
      if (got != want) {
        out.add(String.format("%s: %d outcome(s) for %d input page(s)", key, got, want));
      }
    });
    firstVersionIds.forEach((id, n) -> {
      int allowed = dedupStage ? 1 : expected.getOrDefault(urlOfId.get(id), 1);
      if (n > allowed) {
        out.add(String.format("article id %s (%s) %d times among first versions (allowed %d)", id, urlOfId.get(id),
            n, allowed));
      }
    });
    rejectedSourceOffsets.forEach((pointer, n) -> {
      if (n > 1) {
        out.add("source record " + pointer + " rejected " + n + " times");
      }
    });
    return out;
  }

  private static String text(ByteBuffer bytes) {
    if (bytes == null) {
      return "(no url, no key)";
    }
    ByteBuffer b = bytes.duplicate();
    byte[] out = new byte[b.remaining()];
    b.get(out);
    return new String(out, StandardCharsets.UTF_8);
  }
}
