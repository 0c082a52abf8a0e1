package dev.newsstream.streams.dedup;

import dev.newsstream.schema.RawPage;
import dev.newsstream.schema.serde.AvroSerde;
import dev.newsstream.streams.dedup.DedupStories;
import dev.newsstream.streams.dedup.DedupStories.Story;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Raw pages in our crawler's text-dump format, built from the bundled benchmark stories (real article texts). */
final class TestPages {
  private static final DateTimeFormatter TS = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mmZ").withZone(ZoneOffset.UTC);
  private static final AvroSerde<RawPage> SERDE = new AvroSerde<>(RawPage.class);
  static final List<Story> STORIES = DedupStories.bundled();

  private TestPages() {}

  static Story story(String id) {
    return STORIES.stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow();
  }

  /** A text dump: header, title twice, site, published and modified times, section, title again, body. */
  static byte[] page(String url, String title, Instant published, Instant modified, List<String> paragraphs) {
    return page(url, title, published, modified, modified, paragraphs);
  }

  /** As above, fetched by the crawler at {@code fetched} (RawPage.fetchedAt). */
  static byte[] page(String url, String title, Instant published, Instant modified, Instant fetched,
      List<String> paragraphs) {
    StringBuilder sb = new StringBuilder("date ").append(published.toString(), 0, 10).append(' ').append(url).append('\n');
    sb.append(title).append('\n').append(title).append('\n').append("Test Site\n");
    sb.append(TS.format(published)).append('\n').append(TS.format(modified)).append('\n').append("world\n");
    sb.append(title).append('\n');
    paragraphs.forEach(p -> sb.append(p).append('\n'));
    RawPage raw = RawPage.newBuilder().setUrl(url).setFetchedAt(fetched).setSource("test")
        .setContentType("text/plain").setBody(ByteBuffer.wrap(sb.toString().getBytes(StandardCharsets.UTF_8)))
        .setHeaders(Map.of()).build();
    return SERDE.serializer().serialize("pages.raw", raw);
  }

  /** An HTML page declaring {@code canonical} as its canonical URL. */
  static byte[] html(String url, String canonical, Story s, Instant fetched) {
    StringBuilder sb = new StringBuilder("<!doctype html><html lang=en><head><meta charset=utf-8><title>")
        .append(s.headline()).append("</title><link rel=canonical href=\"").append(canonical).append("\">")
        .append("</head><body><nav><a href=/>Home</a></nav><article><h1>").append(s.headline()).append("</h1>");
    s.paragraphs().forEach(p -> sb.append("<p>").append(p).append("</p>"));
    sb.append("</article><footer>Contact us</footer></body></html>");
    RawPage raw = RawPage.newBuilder().setUrl(url).setFetchedAt(fetched).setSource("test")
        .setContentType("text/html").setBody(ByteBuffer.wrap(sb.toString().getBytes(StandardCharsets.UTF_8)))
        .setHeaders(Map.of()).build();
    return SERDE.serializer().serialize("pages.raw", raw);
  }

  /**
   * An HTML article page: title, {@code article:published_time} when {@code published} is not null, the paragraphs
   * inside {@code <article>}; fetched at {@code fetched}.
   */
  static byte[] html(String url, String title, Instant published, Instant fetched, List<String> paragraphs) {
    StringBuilder sb = new StringBuilder("<!doctype html><html lang=en><head><meta charset=utf-8><title>")
        .append(title).append("</title><link rel=canonical href=\"").append(url).append("\">");
    if (published != null) {
      sb.append("<meta property=\"article:published_time\" content=\"").append(published).append("\">");
    }
    sb.append("</head><body><article><h1>").append(title).append("</h1>");
    paragraphs.forEach(p -> sb.append("<p>").append(p).append("</p>"));
    sb.append("</article></body></html>");
    RawPage raw = RawPage.newBuilder().setUrl(url).setFetchedAt(fetched).setSource("test")
        .setContentType("text/html").setBody(ByteBuffer.wrap(sb.toString().getBytes(StandardCharsets.UTF_8)))
        .setHeaders(Map.of()).build();
    return SERDE.serializer().serialize("pages.raw", raw);
  }

  static byte[] page(String url, Story s, Instant at) {
    return page(url, s.headline(), at, at, s.paragraphs());
  }

  /** A syndicated copy: agency prefix, last paragraph cut, the syndicator's own boilerplate appended. */
  static List<String> syndicated(Story s) {
    List<String> out = new ArrayList<>(s.paragraphs().subList(0, s.paragraphs().size() - 1));
    out.set(0, "(Agency) - " + out.get(0));
    out.add("This article was first published by our partner agency and is republished under licence.");
    out.add("Sign up for our morning newsletter to get the top stories delivered to your inbox every day.");
    return out;
  }
}
