package dev.newsstream.streams.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/**
 * Fuzzed parse stage, ~60k generated pages: random bytes, HTML-ish token soup, text-dump-ish line soup, deep
 * nesting, huge attribute values. No exception escapes PageParser (every input is Parsed or Rejected with a reason,
 * never INTERNAL_ERROR), and no page costs more than {@link #MAX_MILLIS_PER_PAGE} of CPU (generous: the first page
 * pays class loading; a catastrophic regex or quadratic DOM walk costs minutes).
 */
class PageParserFuzzTest {
  static final long MAX_MILLIS_PER_PAGE = 3_000;
  private final PageParser parser = new PageParser(5 * 1024 * 1024);

  static final List<String> HTML_TOKENS = List.of("<html>", "</html>", "<head>", "<body>", "<div>", "</div>", "<p>",
      "</p>", "<article>", "</article>", "<h1>", "</h1>", "<script>", "</script>", "<script type='application/ld+json'>",
      "{\"@type\":\"NewsArticle\",\"headline\":\"", "\"datePublished\":\"", "\"author\":[{\"name\":\"", "}", "]", "\"",
      "<!--", "-->", "<![CDATA[", "]]>", "&amp;", "&#x0;", "&#9999999;", "&nbsp;", "<meta property='og:url' content='",
      "<meta property='article:published_time' content='", "<meta charset='", "utf-16", "x-unknown", "'>",
      "<link rel=canonical href='", "https://example.com/a", "javascript:alert(1)", "<time datetime='",
      "2025-11-25T09:57+0000", "25 November 2025", "Nov 25th, 2025 at 10:00", "9999-99-99", "<nav>", "</nav>",
      "<footer>", "<li>", "<a href='/x'>", "</a>", "<span class='byline'>By ", "MOSCOW (Sputnik) - ",
      "WASHINGTON, Nov 25 (Reuters) — ", "A", "AAAA AAAA AAAA", "((((((((", "--------", " ", "\n", "\u0000", "\uFEFF",
      "\uD800", "Ünïcödé ", "日本語のテキスト", "word ", "word word word word word. ", "<", ">", "/", "=", "'");

  static final List<String> DUMP_LINES = List.of("2025-11-25T09:57+0000", "2025-11-25", "2025-11-25 25:99",
      "Sputnik International", "https://cdn.example/img/a.jpg", "https://example.com/x", "feedback@example.com",
      "+7 495 645 6601", "2025", "en_EN", "world", "MOSCOW (Sputnik) - US officials said", "by Jane Doe",
      "A title that is a title", "continued line in lower case", ", starts with a comma", "",
      "MOSCOW MOSCOW MOSCOW MOSCOW MOSCOW MOSCOW MOSCOW MOSCOW MOSCOW MOSCOW MOSCOW MOSCOW MOSCOW MOSCOW MOSCOW",
      "A-A-A-A-A-A-A-A-A-A-A-A-A-A-A-A-A-A-A-A-A-A-A-A-A-A-A-A-A-A-A-A-A-A-A-A-A-A-A-A-A-A-A-A-A-A-A-A-A-A-A",
      "1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 x");

  @Property(tries = 15_000)
  void randomBytesNeverEscape(@ForAll @Size(max = 3000) byte[] body) {
    assertParsesSafely(body);
  }

  @Property(tries = 12_000)
  void htmlTokenSoupNeverEscapes(@ForAll("htmlSoup") String html) {
    assertParsesSafely(html.getBytes(StandardCharsets.UTF_8));
  }

  @Property(tries = 12_000)
  void textDumpLineSoupNeverEscapes(@ForAll("dumpSoup") String dump) {
    assertParsesSafely(dump.getBytes(StandardCharsets.UTF_8));
  }

  @Property(tries = 12_000)
  void randomTextNeverEscapesTheDateAndDatelinePatterns(@ForAll("lineSoup") String line) {
    long started = cpuNanos();
    DateParsing.parse(line);
    DateParsing.looksLikeIsoDate(line);
    Paragraphs.dateline(line);
    assertThat((cpuNanos() - started) / 1_000_000).isLessThan(MAX_MILLIS_PER_PAGE);
  }

  /** Found by this fuzzer: the dateline pattern backtracked exponentially (48 s for 400 characters). */
  @Example
  void hyphenChainsDoNotMakeTheDatelinePatternBacktrack() {
    long started = cpuNanos();
    assertThat(Paragraphs.dateline("A-".repeat(400) + "a")).isEmpty();
    assertThat(Paragraphs.dateline("A-B ".repeat(300) + "a")).isEmpty();
    assertThat((cpuNanos() - started) / 1_000_000).isLessThan(200);
    assertThat(Paragraphs.dateline("MOSCOW (Sputnik) - US Secretary of State")).contains("MOSCOW");
    assertThat(Paragraphs.dateline("KYIV, Ukraine (AP) — Officials said")).contains("KYIV");
    assertThat(Paragraphs.dateline("WINSTON-SALEM, N.C. (AP) — A man")).contains("WINSTON-SALEM");
    assertThat(Paragraphs.dateline("NEW YORK/LONDON, Nov 25 (Reuters) - Stocks")).contains("NEW YORK/LONDON");
  }

  /** Found by this fuzzer: every paragraph re-scored its shared parent's whole text (6,000 siblings took 6 s). */
  @Example
  void thousandsOfSiblingParagraphsCostLinearTime() {
    StringBuilder b = new StringBuilder("<html><body><article><h1>Many</h1>");
    for (int i = 0; i < 20_000; i++) {
      b.append("<p>Paragraph ").append(i).append(" has enough words to count, yes.</p>");
    }
    String html = b.append("</article></body></html>").toString();
    parser.parse(html.getBytes(StandardCharsets.UTF_8), "https://fuzz.example/warm-up", null);
    long started = cpuNanos();
    ParseOutcome outcome = parser.parse(html.getBytes(StandardCharsets.UTF_8), "https://fuzz.example/many", null);
    assertThat((cpuNanos() - started) / 1_000_000).isLessThan(MAX_MILLIS_PER_PAGE);
    assertThat(outcome).isInstanceOf(ParseOutcome.Parsed.class);
  }

  /** CPU time of this thread: a bound on work done, not on how busy the shared machine is. */
  private static long cpuNanos() {
    return ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
  }

  @Property(tries = 40)
  void deepNestingIsBoundedInTime(@ForAll @IntRange(min = 1_000, max = 60_000) int depth,
      @ForAll("nestingTag") String tag) {
    StringBuilder b = new StringBuilder("<html><body><article><h1>Deep</h1>");
    b.append(("<" + tag + ">").repeat(depth)).append("<p>").append("Some words in a deep paragraph. ".repeat(20))
        .append("</p>").append(("</" + tag + ">").repeat(depth / 2)).append("</article></body></html>");
    assertParsesSafely(b.toString().getBytes(StandardCharsets.UTF_8));
  }

  @Property(tries = 30)
  void hugeAttributeValuesAndLinesAreBoundedInTime(@ForAll @IntRange(min = 10_000, max = 2_000_000) int size,
      @ForAll("hugeChar") char c) {
    String huge = String.valueOf(c).repeat(size);
    String html = "<html><head><meta property='article:published_time' content='" + huge + "'><meta name=author "
        + "content='" + huge + "'></head><body><p class='" + huge + "'>" + huge + "</p></body></html>";
    assertParsesSafely(html.getBytes(StandardCharsets.UTF_8));
    assertParsesSafely(("date 2025-11-25 https://x.example/a\n" + huge + "\n" + huge + "\n" + huge)
        .getBytes(StandardCharsets.UTF_8));
  }

  private void assertParsesSafely(byte[] body) {
    long started = cpuNanos();
    ParseOutcome outcome = parser.parse(body, "https://fuzz.example/page", null);
    long millis = (cpuNanos() - started) / 1_000_000;
    assertThat(outcome).isNotNull();
    if (outcome instanceof ParseOutcome.Rejected r) {
      assertThat(r.reason()).isNotNull();
      assertThat(r.message()).isNotBlank();
      // INTERNAL_ERROR means a bug got caught; the fuzzer must not find any.
      assertThat(r.reason()).as("parser bug: %s", r.message()).isNotEqualTo(RejectReason.INTERNAL_ERROR);
    } else {
      ParsedArticle article = ((ParseOutcome.Parsed) outcome).article();
      assertThat(article).isNotNull();
    }
    assertThat(millis).as("parse time of a %d-byte page", body.length).isLessThan(MAX_MILLIS_PER_PAGE);
  }

  @Provide
  Arbitrary<String> htmlSoup() {
    return Arbitraries.oneOf(Arbitraries.of(HTML_TOKENS), Arbitraries.strings().ofMaxLength(20)).list().ofMaxSize(400)
        .map(parts -> String.join("", parts));
  }

  @Provide
  Arbitrary<String> dumpSoup() {
    Arbitrary<String> header = Arbitraries.of("date 2025-11-25 https://x.example/a", "date 2025-13-45 https://x",
        "date 2025-11-25 ftp://x", "\uFEFFdate 2025-11-25 https://x.example/b", "");
    Arbitrary<String> lines = Arbitraries.oneOf(Arbitraries.of(DUMP_LINES), Arbitraries.strings().ofMaxLength(120))
        .list().ofMaxSize(80).map(l -> String.join("\n", l));
    return net.jqwik.api.Combinators.combine(header, lines).as((h, l) -> h + "\n" + l);
  }

  @Provide
  Arbitrary<String> lineSoup() {
    Arbitrary<String> pieces = Arbitraries.of("MOSCOW", "A", "AB ", "A.", "-", "—", " ", ", ", "Ukraine", "(AP)", "(",
        ")", "2025", "-11-25", "T09:57", "+0000", "Z", "25", "th", " November ", "at ", "10:00", "UTC", "GMT", ":",
        "1", "  ", "st", "’", "'", "Ü");
    return Arbitraries.oneOf(pieces, Arbitraries.strings().ofMaxLength(5)).list().ofMaxSize(60)
        .map(p -> String.join("", p));
  }

  @Provide
  Arbitrary<String> nestingTag() {
    return Arbitraries.of("div", "b", "span", "p", "table", "li", "blockquote", "a href='/x'");
  }

  @Provide
  Arbitrary<Character> hugeChar() {
    return Arbitraries.of('a', ' ', '-', '0', 'A', '<', '\'', '\n', 'é');
  }
}
