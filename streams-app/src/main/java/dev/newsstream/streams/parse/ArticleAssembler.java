package dev.newsstream.streams.parse;

import dev.newsstream.schema.Article;
import dev.newsstream.time.EpochTime;
import dev.newsstream.url.CanonicalUrl;
import java.time.Instant;
import java.util.List;

/** Turns what the parser found into the {@link Article} event: id, canonical URL, hash, counts. */
public final class ArticleAssembler {
  private ArticleAssembler() {}

  public static Article assemble(String fetchedUrl, ParsedArticle parsed, Instant ingestedAt) {
    return assemble(fetchedUrl, parsed, ingestedAt, null);
  }

  /** {@code fetchedAt}: the crawler's fetch time of the page (RawPage.fetchedAt), or null when unknown. */
  public static Article assemble(String fetchedUrl, ParsedArticle parsed, Instant ingestedAt, Instant fetchedAt) {
    CanonicalUrl fetched = CanonicalUrl.of(fetchedUrl);
    CanonicalUrl canonical = fetched;
    // Trust the page's canonical link only on its own site: a syndicated copy must not claim the original's id.
    if (parsed.canonicalUrl() != null && CanonicalUrl.isValid(parsed.canonicalUrl())) {
      CanonicalUrl declared = CanonicalUrl.of(parsed.canonicalUrl());
      if (declared.sameSiteAs(fetched)) {
        canonical = declared;
      }
    }
    String body = parsed.body();
    java.time.OffsetDateTime published = notAfterCrawl(parsed.publishedAt(), fetchedAt);
    return Article.newBuilder()
        .setId(canonical.id())
        .setVersion(1)
        .setUrl(fetchedUrl)
        .setCanonicalUrl(canonical.toString())
        .setSite(parsed.site() != null ? parsed.site() : canonical.displaySite())
        .setTitle(parsed.title())
        .setSummary(parsed.summary())
        .setAuthors(parsed.authors())
        .setPublishedAt(published == null ? null : published.toInstant())
        .setModifiedAt(parsed.modifiedAt() == null ? null : parsed.modifiedAt().toInstant())
        .setSection(parsed.section())
        .setTags(parsed.tags())
        .setKeywords(parsed.keywords())
        .setLanguage(parsed.language())
        .setImageUrl(parsed.imageUrl())
        .setDateline(parsed.dateline())
        .setBody(body)
        .setWordCount(TextNormalizer.wordCount(body))
        .setEntities(List.of())
        .setContentHash(TextNormalizer.contentHash(body))
        .setIngestedAt(ingestedAt)
        .setParserVersion(PageParser.VERSION)
        .setPublishedOffsetMinutes(published == null ? null : published.getOffset().getTotalSeconds() / 60)
        .setFetchedAt(fetchedAt)
        .build();
  }

  /**
   * The publication date, or null when it is more than a day ({@link EpochTime#MAX_AHEAD}, the slack a crawl time
   * gets too) after the page was fetched: a page cannot have been published after it was crawled, so such a date
   * is a typo, a placeholder or an event date, and as the article's time it would sort it into the future. A day
   * of slack keeps a date whose zone is written wrong or a crawler clock that runs behind. Kept when the crawl time
   * is unknown.
   */
  static java.time.OffsetDateTime notAfterCrawl(java.time.OffsetDateTime publishedAt, Instant fetchedAt) {
    if (publishedAt == null || fetchedAt == null) {
      return publishedAt;
    }
    return publishedAt.toInstant().isAfter(fetchedAt.plus(EpochTime.MAX_AHEAD)) ? null : publishedAt;
  }
}
