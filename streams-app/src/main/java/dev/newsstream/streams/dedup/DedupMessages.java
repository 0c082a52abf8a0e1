package dev.newsstream.streams.dedup;

import dev.newsstream.schema.Article;
import dev.newsstream.streams.outcome.PageOutcome;
import java.util.List;

/** The records that travel between the dedup tasks (repartition topics) and sit in their stores. */
public final class DedupMessages {
  private DedupMessages() {}

  /** An article still undecided, with the order time that ranks it against copies (its first version's event time). */
  public record PendingArticle(Article article, long orderTime) {
    /** Key of the decision for this version: an id can have two versions in flight. */
    public String decisionKey() {
      return article.getId() + "#" + article.getVersion();
    }
  }

  /** Output of the URL and content stages: decided (a notice), or still pending. */
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
  public record ContentOwner(String id, long lastSeen) {}

  /** Sent to the task owning one band key: "which earlier articles share this band with me?" */
  public record BandProbe(String decisionKey, int band, String id, long orderTime, MinHashSignature signature) {}

  /** Sent back to the deciding task: the verified earlier matches found in one band (possibly none). */
  public record BandReply(String decisionKey, int band, List<NearMatch> matches) {}

  /** What reaches the deciding task: the article itself (once) and one reply per band, in any order. */
  public record DecisionInput(PendingArticle article, BandReply reply) {}

  /** Deciding task store value: what has arrived so far for one article version. */
  public record PendingDecision(PendingArticle article, long bandsReplied, List<NearMatch> matches, long createdAt) {
    public static PendingDecision empty(long now) {
      return new PendingDecision(null, 0L, List.of(), now);
    }
  }
}
