package dev.newsstream.streams.analytics;

import dev.newsstream.schema.Article;
import dev.newsstream.schema.DuplicateKind;
import dev.newsstream.schema.DuplicateNotice;
import dev.newsstream.schema.StoryAction;
import dev.newsstream.schema.StoryCopy;
import dev.newsstream.schema.StoryEvent;
import dev.newsstream.streams.dedup.OrderTime;
import dev.newsstream.url.CanonicalUrl;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Pure core of story reach, per article id (the copy's side): turns the id's latest dedup outcome into events for
 * the stories it joins or leaves. The latest outcome of an id wins (docs/DEDUP.md): a clean article or update
 * means the id is an original, not a copy; a NEAR_DUPLICATE or SAME_CONTENT notice makes it a copy of
 * {@code duplicateOf}, and a correction moves it to the earlier original; {@code retractedVersion} withdraws the
 * id's own story header (its tombstone on articles.clean). SAME_URL notices (re-crawls of one URL) change nothing.
 */
public final class StoryRouting {
  private StoryRouting() {}

  /** One event for the story keyed {@code storyId} (the original's id). */
  public record Routed(String storyId, StoryEvent event) {}

  /** What the membership store keeps for the id next, and the events to send. */
  public record Result(StoryEvent membership, List<Routed> events) {}

  /** The id published {@code article} on articles.clean; {@code membership} is what the store held (null: none). */
  public static Result original(Article article, StoryEvent membership) {
    List<Routed> out = new ArrayList<>();
    leave(membership, article.getId(), out);
    long firstSeen = OrderTime.timeOf(article, article.getIngestedAt().toEpochMilli());
    out.add(new Routed(article.getId(), StoryEvent.newBuilder().setAction(StoryAction.ORIGINAL)
        .setUrl(article.getUrl()).setSite(site(article.getCanonicalUrl(), article.getUrl()))
        .setTitle(article.getTitle()).setFirstSeen(Instant.ofEpochMilli(firstSeen)).build()));
    return new Result(null, out);
  }

  /** The id got {@code notice}; {@code membership} is what the store held for it (null: none). */
  public static Result notice(DuplicateNotice notice, StoryEvent membership) {
    List<Routed> out = new ArrayList<>();
    String id = notice.getId();
    if (notice.getRetractedVersion() != null) {
      out.add(new Routed(id, StoryEvent.newBuilder().setAction(StoryAction.ORIGINAL_GONE).build()));
    }
    boolean copy = notice.getKind() == DuplicateKind.NEAR_DUPLICATE || notice.getKind() == DuplicateKind.SAME_CONTENT;
    if (!copy || notice.getDuplicateOf().equals(id)) {
      return new Result(membership, out);
    }
    if (membership != null && !Objects.equals(membership.getOriginalId(), notice.getDuplicateOf())) {
      leave(membership, id, out);
    }
    Instant seenAt = copyTime(notice);
    StoryCopy c = new StoryCopy(id, notice.getUrl(), site(notice.getCanonicalUrl(), notice.getUrl()),
        notice.getKind().name(), notice.getSimilarity(), seenAt);
    StoryEvent event = StoryEvent.newBuilder().setAction(StoryAction.COPY).setOriginalId(notice.getDuplicateOf())
        .setCopy(c).build();
    out.add(new Routed(notice.getDuplicateOf(), event));
    return new Result(event, out);
  }

  /**
   * When the copy appeared: its own time ({@code pageTime}), else when dedup decided it ({@code detectedAt}). A page
   * time after the decision is not a time the page appeared: notices written before session 10 carried
   * {@code Long.MAX_VALUE} for pages without a publication date (review 10), which a replay of the duplicates topic
   * still brings; such a time would put the copy 292 million years after its original.
   */
  static Instant copyTime(DuplicateNotice notice) {
    Instant page = notice.getPageTime();
    return page != null && !page.isAfter(notice.getDetectedAt()) ? page : notice.getDetectedAt();
  }

  private static void leave(StoryEvent membership, String id, List<Routed> out) {
    if (membership != null) {
      out.add(new Routed(membership.getOriginalId(), StoryEvent.newBuilder().setAction(StoryAction.COPY_GONE)
          .setCopyId(id).build()));
    }
  }

  /**
   * Host of the canonical URL without www./m./amp., the same for an original and its copies, an internationalised
   * domain name in Unicode ({@link CanonicalUrl#displaySite}); null if unparsable.
   */
  static String site(String canonicalUrl, String url) {
    for (String u : new String[] {canonicalUrl, url}) {
      if (u != null) {
        try {
          return CanonicalUrl.of(u).displaySite(); // one parse (isValid then of parsed it twice)
        } catch (IllegalArgumentException unparsable) {
          // try the next
        }
      }
    }
    return null;
  }
}
