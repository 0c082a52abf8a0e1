package dev.newsstream.streams.dedup;

import dev.newsstream.schema.Article;
import dev.newsstream.schema.DuplicateKind;
import dev.newsstream.streams.outcome.PageOutcome;
import dev.newsstream.streams.dedup.DedupMessages.PendingArticle;
import dev.newsstream.streams.dedup.DedupMessages.Step;
import java.time.Duration;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.apache.kafka.streams.state.KeyValueStore;

/** Stage 1, keyed by article id (canonical URL): re-crawls become SAME_URL notices, changed pages new versions. */
final class UrlVersionProcessor implements FixedKeyProcessor<String, Article, Step> {
  static final String STORE = "dedup-urls";
  private final Duration horizon;
  private FixedKeyProcessorContext<String, Step> context;
  private KeyValueStore<Bytes, UrlState> store;

  UrlVersionProcessor(Duration horizon) {
    this.horizon = horizon;
  }

  @Override
  public void init(FixedKeyProcessorContext<String, Step> context) {
    this.context = context;
    this.store = context.getStateStore(STORE);
    StoreExpiry.schedule(context, store, horizon, (state, cutoff) -> state.lastSeen() < cutoff ? null : state);
  }

  @Override
  public void process(FixedKeyRecord<String, Article> record) {
    Article page = record.value();
    long modifiedAt = page.getModifiedAt() == null ? UrlState.NONE : page.getModifiedAt().toEpochMilli();
    Bytes key = CompactKeys.of(page.getId());
    UrlVersioning.Decision d = UrlVersioning.decide(store.get(key), CompactKeys.hashPrefix(page.getContentHash()),
        modifiedAt, record.timestamp(), OrderTime.of(page, record.timestamp()));
    store.put(key, d.state());
    switch (d.kind()) {
      case UNCHANGED, STALE -> {
        context.forward(record.withValue(Step.decided(PageOutcome.duplicate(
            DuplicateNotices.of(page, DuplicateKind.SAME_URL, page.getId(),
                d.kind() == UrlVersioning.Kind.UNCHANGED ? 1.0 : null, context.currentSystemTimeMs())))));
        if (d.kind() == UrlVersioning.Kind.STALE) {
          // Had it arrived before the newer version, its body would be registered as this id's: do so now. As
          // version 0 (PendingArticle.STALE_VERSION): no published version has this body, so nothing the band and
          // content stages learn about it later may correct the article's current version.
          context.forward(record.withValue(Step.pending(PendingArticle.registerOnly(
              Article.newBuilder(page).setVersion(PendingArticle.STALE_VERSION).build(), d.orderTime()))));
        }
      }
      case FIRST, UPDATE -> {
        // The record's value is this task's own copy (just deserialised): set the version in place, no deep copy.
        page.setVersion(d.version());
        context.forward(record.withValue(Step.pending(new PendingArticle(page, d.orderTime()))));
      }
    }
  }
}
