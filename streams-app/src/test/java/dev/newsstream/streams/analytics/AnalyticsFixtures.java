package dev.newsstream.streams.analytics;

import dev.newsstream.schema.Article;
import dev.newsstream.schema.DuplicateKind;
import dev.newsstream.schema.DuplicateNotice;
import dev.newsstream.schema.Entity;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Small articles and notices for the analytics tests: entities given as "TYPE:Name:count". */
final class AnalyticsFixtures {
  private AnalyticsFixtures() {}

  static Article article(String id, int version, String published, String... entities) {
    List<Entity> list = new ArrayList<>();
    for (String e : entities) {
      String[] p = e.split(":");
      list.add(Entity.newBuilder().setText(p[1]).setType(p[0]).setCanonical(p[1]).setCount(Integer.parseInt(p[2]))
          .setMentions(List.of()).setConfidence(0.9).build());
    }
    return Article.newBuilder().setId(id).setVersion(version).setUrl("https://www." + id + ".example/story")
        .setCanonicalUrl("https://www." + id + ".example/story").setSite(null).setTitle("Title " + id)
        .setPublishedAt(published == null ? null : Instant.parse(published))
        .setFetchedAt(Instant.parse("2026-12-06T18:00:00Z")).setBody("body").setEntities(list)
        .setContentHash("h" + id + version).setIngestedAt(Instant.parse("2026-12-06T19:00:00Z"))
        .setParserVersion("test").build();
  }

  static DuplicateNotice notice(String id, DuplicateKind kind, String of, Integer retracted, String pageTime) {
    return DuplicateNotice.newBuilder().setId(id).setUrl("https://" + id + ".example/copy")
        .setCanonicalUrl("https://" + id + ".example/copy").setKind(kind).setDuplicateOf(of)
        .setSimilarity(kind == DuplicateKind.NEAR_DUPLICATE ? 0.8 : 1.0).setContentHash(null)
        .setDetectedAt(Instant.parse("2026-12-06T20:00:00Z")).setRetractedVersion(retracted)
        .setPageTime(pageTime == null ? null : Instant.parse(pageTime)).build();
  }
}
