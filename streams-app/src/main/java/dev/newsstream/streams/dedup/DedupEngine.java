package dev.newsstream.streams.dedup;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The whole deduplication decision in one process, pages in arrival order: URL stage, exact-content stage,
 * near-duplicate stage. The topology runs the same pure steps ({@link UrlVersioning}, content first-wins,
 * {@link BandIndex}) in tasks keyed by id, content hash and band shard; this sequential form is what
 * {@code newsstream bench dedup} and the unit tests exercise.
 */
public final class DedupEngine {
  private final NearDuplicateDetector near;
  private final Map<String, UrlState> urls = new HashMap<>();
  private final Map<String, String> contentOwners = new HashMap<>();

  public DedupEngine(NearDuplicateDetector near) {
    this.near = near;
  }

  /** A parsed page as dedup sees it; {@code modifiedAt} is {@link UrlState#NONE} when unknown. */
  public record Page(String id, String contentHash, long modifiedAt, long eventTime, String body) {}

  public DedupVerdict check(Page page) {
    UrlVersioning.Decision url = UrlVersioning.decide(urls.get(page.id()), page.contentHash(), page.modifiedAt(),
        page.eventTime());
    urls.put(page.id(), url.state());
    if (url.kind() == UrlVersioning.Kind.UNCHANGED || url.kind() == UrlVersioning.Kind.STALE) {
      return new DedupVerdict(DedupVerdict.Kind.SAME_URL, page.id(), url.version(), page.id(),
          url.kind() == UrlVersioning.Kind.UNCHANGED ? 1.0 : null);
    }
    String owner = contentOwners.putIfAbsent(page.contentHash(), page.id());
    if (owner != null && !owner.equals(page.id())) {
      return new DedupVerdict(DedupVerdict.Kind.SAME_CONTENT, page.id(), url.version(), owner, 1.0);
    }
    Optional<NearMatch> match = near.check(page.id(), url.orderTime(), page.body());
    if (match.isPresent()) {
      return new DedupVerdict(DedupVerdict.Kind.NEAR_DUPLICATE, page.id(), url.version(), match.get().id(),
          match.get().similarity());
    }
    return new DedupVerdict(url.kind() == UrlVersioning.Kind.FIRST ? DedupVerdict.Kind.CLEAN : DedupVerdict.Kind.UPDATE,
        page.id(), url.version(), null, null);
  }
}
