package dev.newsstream.streams.parse;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Article metadata from HTML, each field with fallbacks in this order: JSON-LD (NewsArticle), OpenGraph /
 * Twitter, other {@code <meta>}, microdata (itemprop), then visible elements (h1, byline, time).
 */
final class HtmlMetadata {
  private static final Pattern BY_PREFIX = Pattern.compile("(?i)^\\s*(by|von|par|por|di|door)\\s+");
  private static final Pattern AUTHOR_SPLIT = Pattern.compile("\\s*(?:,|;|\\band\\b|\\bund\\b|\\bet\\b|&|\\|)\\s*");

  private final Document doc;
  private final JsonNode ld;

  HtmlMetadata(Document doc) {
    this.doc = doc;
    this.ld = JsonLd.article(doc).orElse(null);
  }

  Optional<JsonNode> jsonLd() {
    return Optional.ofNullable(ld);
  }

  String title() {
    return first(
        () -> ldText("headline"),
        () -> meta("property", "og:title"),
        () -> meta("name", "twitter:title"),
        () -> itemprop("headline"),
        () -> text("h1"),
        () -> Optional.of(doc.title()).filter(t -> !t.isBlank()).map(HtmlMetadata::stripSiteSuffix));
  }

  String summary() {
    return first(() -> ldText("description"), () -> meta("property", "og:description"),
        () -> meta("name", "description"), () -> meta("name", "twitter:description"));
  }

  String site() {
    return first(() -> meta("property", "og:site_name"), () -> ldText("publisher"),
        () -> meta("name", "application-name"));
  }

  String canonicalUrl() {
    return first(() -> attr("link[rel=canonical]", "abs:href"), () -> meta("property", "og:url"));
  }

  String imageUrl() {
    return first(() -> ldText("image"), () -> meta("property", "og:image"), () -> meta("name", "twitter:image"),
        () -> attr("[itemprop=image]", "abs:src"));
  }

  String section() {
    String s = first(() -> ldText("articleSection"), () -> meta("property", "article:section"),
        () -> meta("name", "section"), () -> itemprop("articleSection"));
    return s == null ? null : s.toLowerCase(Locale.ROOT);
  }

  String language() {
    String raw = first(() -> ldText("inLanguage"), () -> attr("html[lang]", "lang"),
        () -> meta("http-equiv", "content-language"), () -> meta("property", "og:locale"));
    if (raw == null) {
      return null;
    }
    String code = raw.strip().toLowerCase(Locale.ROOT);
    return code.length() >= 2 && Character.isLetter(code.charAt(0)) && Character.isLetter(code.charAt(1))
        ? code.substring(0, 2) : null;
  }

  Instant publishedAt() {
    return firstDate(() -> ldText("datePublished"), () -> meta("property", "article:published_time"),
        () -> meta("name", "pubdate"), () -> meta("name", "publish-date"), () -> meta("name", "date"),
        () -> meta("itemprop", "datePublished"), () -> attr("[itemprop=datePublished]", "datetime"),
        () -> meta("name", "dc.date"), () -> attr("time[datetime]", "datetime"), () -> text("time"));
  }

  Instant modifiedAt() {
    return firstDate(() -> ldText("dateModified"), () -> meta("property", "article:modified_time"),
        () -> meta("property", "og:updated_time"), () -> meta("itemprop", "dateModified"),
        () -> attr("[itemprop=dateModified]", "datetime"));
  }

  List<String> authors() {
    List<String> raw = new ArrayList<>();
    if (ld != null) {
      raw.addAll(JsonLd.texts(ld, "author"));
    }
    if (raw.isEmpty()) {
      doc.select("meta[name=author][content], meta[property=article:author][content]")
          .forEach(e -> raw.add(e.attr("content")));
    }
    if (raw.isEmpty()) {
      doc.select("[itemprop=author] [itemprop=name], [rel=author], .byline__name, .author-name")
          .forEach(e -> raw.add(e.text()));
    }
    if (raw.isEmpty()) {
      Element byline = doc.selectFirst(".byline, .author, [class*=byline]");
      if (byline != null) {
        raw.add(byline.text());
      }
    }
    LinkedHashSet<String> out = new LinkedHashSet<>();
    for (String r : raw) {
      if (r.startsWith("http://") || r.startsWith("https://")) {
        continue;
      }
      for (String name : AUTHOR_SPLIT.split(BY_PREFIX.matcher(r.strip()).replaceFirst(""))) {
        String n = name.strip();
        if (n.length() >= 3 && n.length() <= 60 && !n.matches(".*\\d.*")) {
          out.add(n);
        }
      }
    }
    return List.copyOf(out);
  }

  List<String> tags() {
    LinkedHashSet<String> out = new LinkedHashSet<>();
    doc.select("meta[property=article:tag][content]").forEach(e -> out.add(e.attr("content").strip().toLowerCase(Locale.ROOT)));
    out.remove("");
    return List.copyOf(out);
  }

  List<String> keywords() {
    LinkedHashSet<String> out = new LinkedHashSet<>();
    List<String> sources = new ArrayList<>();
    if (ld != null) {
      sources.addAll(JsonLd.texts(ld, "keywords"));
    }
    doc.select("meta[name=keywords][content], meta[name=news_keywords][content]").forEach(e -> sources.add(e.attr("content")));
    for (String s : sources) {
      for (String k : s.split(",")) {
        String v = k.strip().toLowerCase(Locale.ROOT);
        if (!v.isEmpty() && v.length() < 80) {
          out.add(v);
        }
      }
    }
    return List.copyOf(out);
  }

  private Optional<String> ldText(String field) {
    return ld == null ? Optional.empty() : JsonLd.text(ld, field);
  }

  private Optional<String> meta(String attr, String name) {
    Element e = doc.selectFirst("meta[" + attr + "=" + name + "][content]");
    if (e == null) {
      e = doc.selectFirst("meta[" + attr + "=" + name.toUpperCase(Locale.ROOT) + "][content]");
    }
    return e == null ? Optional.empty() : Optional.of(e.attr("content").strip()).filter(s -> !s.isEmpty());
  }

  private Optional<String> itemprop(String name) {
    Element e = doc.selectFirst("[itemprop=" + name + "]");
    if (e == null) {
      return Optional.empty();
    }
    String v = e.hasAttr("content") ? e.attr("content") : e.text();
    return Optional.of(v.strip()).filter(s -> !s.isEmpty());
  }

  private Optional<String> attr(String selector, String attr) {
    Element e = doc.selectFirst(selector);
    return e == null ? Optional.empty() : Optional.of(e.attr(attr).strip()).filter(s -> !s.isEmpty());
  }

  private Optional<String> text(String selector) {
    Element e = doc.selectFirst(selector);
    return e == null ? Optional.empty() : Optional.of(e.text().strip()).filter(s -> !s.isEmpty());
  }

  @SafeVarargs
  private static String first(Supplier<Optional<String>>... sources) {
    for (Supplier<Optional<String>> s : sources) {
      Optional<String> v = s.get();
      if (v.isPresent() && !v.get().isBlank()) {
        return v.get().strip();
      }
    }
    return null;
  }

  @SafeVarargs
  private static Instant firstDate(Supplier<Optional<String>>... sources) {
    for (Supplier<Optional<String>> s : sources) {
      Optional<Instant> d = s.get().flatMap(DateParsing::parse);
      if (d.isPresent()) {
        return d.get();
      }
    }
    return null;
  }

  private static String stripSiteSuffix(String title) {
    String[] parts = title.split("\\s+[|–—-]\\s+");
    return parts.length > 1 && parts[0].length() > 15 ? parts[0].strip() : title.strip();
  }
}
