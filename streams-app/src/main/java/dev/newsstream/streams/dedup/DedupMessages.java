package dev.newsstream.streams.dedup;

import dev.newsstream.schema.Article;
import dev.newsstream.streams.outcome.PageOutcome;
import java.util.List;

/** The records that travel between the dedup tasks (repartition topics) and sit in their stores. */
public final class DedupMessages {
  private DedupMessages() {}

  /** An article still undecided, with the order time that ranks it against copies (its first version's event time). */
  public record PendingArticle(Article article, long orderTime, boolean registerOnly) {
    /**
     * The version a register-only body is stored under (signature, content owner): not a version that went out, so
     * a correction naming it is dropped ({@link DecisionProcessor}): the current version has a body of its own,
     * judged by its own probes.
     */
    public static final int STALE_VERSION = 0;

    public PendingArticle(Article article, long orderTime) {
      this(article, orderTime, false);
    }

    /**
     * A stale older version of a known id: already answered (SAME_URL), but its body was this article's, so the
     * content stage registers it as owned by the id and the band stage stores its signature too (as another body of
     * the id, {@link BandIndex#refOf}), as
     * both would have had the versions arrived in order.
     */
    public static PendingArticle registerOnly(Article article, long orderTime) {
      return new PendingArticle(article, orderTime, true);
    }

    /** Key of the decision for this version: an id can have two versions in flight. */
    public String decisionKey() {
      return article.getId() + "#" + article.getVersion();
    }
  }

  /** Output of the URL stage: decided (a notice) or still pending. Exactly one is set. */
  public record Step(PageOutcome decided, PendingArticle pending) {
    public static Step decided(PageOutcome o) {
      return new Step(o, null);
    }

    public static Step pending(PendingArticle p) {
      return new Step(null, p);
    }

    public boolean isDecided() {
      return decided != null;
    }
  }

  /** Content stage store value: the article that first had this exact normalised body. */
  public record ContentOwner(String id, int version, long orderTime, long lastSeen) {
    /** The one global order of {@link StoredSignature#before}: {@link OrderTime}, then id. */
    boolean before(String otherId, long otherOrderTime) {
      return orderTime < otherOrderTime || (orderTime == otherOrderTime && id.compareTo(otherId) < 0);
    }
  }

  /**
   * Sent to one band shard: "which earlier articles share these bands with me?" {@code bands} is the bit set of
   * band numbers whose keys live in that shard; the task recomputes the keys from the signature. The probe to the
   * shard of the content hash ({@link BandShards#of}) carries the hash ({@code contentHash}, else null): that task
   * also keeps the owners of bodies, so exact copies meet there without a hop of their own. It holds no band of
   * the article in 2⁻²⁰ of cases (2 shards); it then gets a probe with no band bits.
   */
  public record BandProbe(String id, int version, long bands, long orderTime, MinHashSignature signature,
      boolean stale, String contentHash, long body) {
    /** {@code body}: {@link StoredSignature#bodyPrint} of the page's content hash, on every probe. */
    public BandProbe(String id, int version, long bands, long orderTime, MinHashSignature signature, boolean stale,
        String contentHash) {
      this(id, version, bands, orderTime, signature, stale, contentHash,
          contentHash == null ? StoredSignature.UNKNOWN_BODY : StoredSignature.bodyPrint(contentHash));
    }

    public String decisionKey() {
      return id + "#" + version;
    }

    /**
     * How the band stage refers to this signature: the id for a first version, id#tag for any other body (an
     * update, or a stale older version arriving late). Every body an article had within the horizon stays
     * stored: had one been overwritten, a copy arriving after that would never be compared with it, while one
     * arriving before was, and its verdict would depend on arrival order (a copy of the original's first body
     * then matched only a later copy of the original).
     */
    public String ref() {
      return stale || version > 1 ? BandIndex.refOf(id, signature) : id;
    }
  }

  /**
   * Sent back to the deciding task: the verified earlier matches found in the probed bands (possibly none). The reply
   * of the shard that checked the body says so ({@code contentChecked}) and names the body's earlier owner when
   * there is one ({@code sameContent}: the page is a SAME_CONTENT copy).
   */
  public record BandReply(String decisionKey, long bands, List<NearMatch> matches, NearMatch sameContent,
      boolean contentChecked) {
    public BandReply(String decisionKey, long bands, List<NearMatch> matches) {
      this(decisionKey, bands, matches, null, false);
    }
  }

  /**
   * Sent to the deciding task of a <em>later</em> article ({@code id}, {@code version}) when an earlier one turns
   * up after it: "an earlier original exists". From a band ({@code exact} false: a near-duplicate) or from the
   * content stage ({@code exact}: the same normalised body, SAME_CONTENT, which outranks a near match).
   */
  public record Correction(String id, int version, NearMatch original, boolean exact) {}


  /**
   * What reaches the deciding task (keyed by article id): the article itself (once), one reply per band, and any
   * corrections, in any order. Exactly one field is set.
   */
  public record DecisionInput(PendingArticle article, BandReply reply, Correction correction) {
    public static DecisionInput of(PendingArticle article) {
      return new DecisionInput(article, null, null);
    }

    public static DecisionInput of(BandReply reply) {
      return new DecisionInput(null, reply, null);
    }

    public static DecisionInput of(Correction correction) {
      return new DecisionInput(null, null, correction);
    }
  }

  /**
   * Deciding task's memory of the last decided version of an article id: what a correction of it needs. The
   * canonical URL names the article in the correction notice (in both its url and canonicalUrl); the fetched URL
   * and the content hash went out with the first outcome and are not kept. {@code original} is null when that
   * version went out clean. {@code pageTime} is the page's own time (epoch ms, {@link DuplicateNotices#pageTime}),
   * null when the page states neither publication nor fetch time: a later correction notice carries it, so story
   * reach measures when the copy was written, not when the correction was detected.
   */
  public record Verdict(int version, String canonicalUrl, NearMatch original, boolean exact, long seenAt,
      Long pageTime) {}

  /**
   * Deciding task store value: what has arrived so far for one article version, written by the replies and
   * corrections only (an article's arrival writes none since issue 16 item 5's session 11). The article itself waits
   * in a store of its own ({@code dedup-pending-articles}), written once: each reply then rewrites a few dozen bytes,
   * not the whole page. {@code hasArticle} is kept in the record format but no longer read: the article store says
   * whether the article arrived.
   */
  public record PendingDecision(boolean hasArticle, long bandsReplied, boolean contentChecked, List<NearMatch> matches,
      NearMatch sameContent, long createdAt) {
    public static PendingDecision empty(long now) {
      return new PendingDecision(false, 0L, false, List.of(), null, now);
    }
  }
}
