package dev.newsstream.streams.analytics;

import dev.newsstream.schema.StoryCopy;
import dev.newsstream.schema.StoryEvent;
import dev.newsstream.schema.StoryReach;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Pure core of story reach, per original id: applies one {@link StoryEvent} to the story, and its summary figures. */
public final class Stories {
  private static final Comparator<StoryCopy> BY_TIME = Comparator.comparing(StoryCopy::getSeenAt)
      .thenComparing(StoryCopy::getArticleId);

  private Stories() {}

  /** The story after {@code event}; null when nothing is left (no original header, no copy). */
  public static StoryReach apply(StoryReach current, String storyId, StoryEvent event) {
    StoryReach.Builder b = current == null ? StoryReach.newBuilder().setArticleId(storyId).setCopies(List.of())
        : StoryReach.newBuilder(current);
    List<StoryCopy> copies = new ArrayList<>(b.getCopies());
    switch (event.getAction()) {
      case ORIGINAL -> b.setUrl(event.getUrl()).setSite(event.getSite()).setTitle(event.getTitle())
          .setFirstSeen(event.getFirstSeen());
      case ORIGINAL_GONE -> b.setUrl(null).setSite(null).setTitle(null).setFirstSeen(null);
      case COPY -> {
        copies.removeIf(c -> c.getArticleId().equals(event.getCopy().getArticleId()));
        copies.add(event.getCopy());
      }
      case COPY_GONE -> copies.removeIf(c -> c.getArticleId().equals(event.getCopyId()));
    }
    copies.sort(BY_TIME);
    b.setCopies(copies);
    return b.getUrl() == null && copies.isEmpty() ? null : b.build();
  }

  /** Distinct sites among the original and its copies. */
  public static int sites(StoryReach story) {
    Set<String> sites = new HashSet<>();
    if (story.getSite() != null) {
      sites.add(story.getSite());
    }
    story.getCopies().forEach(c -> {
      if (c.getSite() != null) {
        sites.add(c.getSite());
      }
    });
    return sites.size();
  }

  /**
   * Seconds from the original's first appearance to its latest copy (how fast it travelled), 0 without copies;
   * without a known original, from the first copy to the last. Never negative: a copy that states an earlier time
   * than its original counts as immediate.
   */
  public static long spreadSeconds(StoryReach story) {
    if (story.getCopies().isEmpty()) {
      return 0;
    }
    Instant last = story.getCopies().stream().map(StoryCopy::getSeenAt).max(Comparator.naturalOrder()).orElseThrow();
    Instant first = story.getFirstSeen() != null ? story.getFirstSeen()
        : story.getCopies().stream().map(StoryCopy::getSeenAt).min(Comparator.naturalOrder()).orElseThrow();
    return Math.max(0, last.getEpochSecond() - first.getEpochSecond());
  }
}
