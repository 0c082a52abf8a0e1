package dev.newsstream.streams.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * The hand-written fast paths of the parse stage answer as the plain code they replaced (kept here as the
 * reference): class-name filtering without regexes, ASCII normalisation in one pass, UTF-8 checks that skip ASCII
 * eight bytes at a time, own-text look-ups that skip elements without a matching character.
 */
class HotPathEquivalenceTest {
  private static final Random RANDOM = new Random(14);

  /** The regex version of {@link BoilerplateHints#componentNames}. */
  private static String componentNamesByRegex(String classAttr) {
    String[] names = classAttr.trim().split("\\s+");
    boolean wordPressPost = false;
    for (String n : names) {
      if (n.equals("hentry") || n.equals("type-post") || n.equals("type-page") || n.matches("post-\\d+")) {
        wordPressPost = true;
        break;
      }
    }
    StringBuilder out = new StringBuilder();
    for (String n : names) {
      String lower = n.toLowerCase(Locale.ROOT);
      if (Pattern.compile("(has|with|without|no)[-_]").matcher(lower).lookingAt() || wordPressPost
          && Pattern.compile("(tag|category|author|format|status|type|postid|term|topic|section)-").matcher(lower)
          .lookingAt()) {
        continue;
      }
      out.append(out.length() == 0 ? "" : " ").append(n);
    }
    return out.toString();
  }

  @Test
  void componentNamesAsTheRegexVersion() {
    String[] pieces = {"has-rail", "Has_Sidebar", "without-ads", "withx", "no-", "nope", "hentry", "post-123",
        "post-12a", "post-", "Tag-news", "tag-news", "category-x", "type-post", "sidebar", "article-body", "",
        "\u0001x", "é-widget"};
    String[] seps = {" ", "  ", "\t", "\n", "\u000B", "\f", "\r", "\u0001", " \u00A0 "};
    for (int i = 0; i < 20_000; i++) {
      StringBuilder s = new StringBuilder(RANDOM.nextBoolean() ? " " : "");
      int n = RANDOM.nextInt(5);
      for (int k = 0; k < n; k++) {
        s.append(pieces[RANDOM.nextInt(pieces.length)]).append(seps[RANDOM.nextInt(seps.length)]);
      }
      String cls = s.toString();
      assertThat(BoilerplateHints.componentNames(cls)).as("[%s]", cls).isEqualTo(componentNamesByRegex(cls));
    }
  }

  /** {@link TextNormalizer#normalize} as it was: NFKC, lower case, letters and digits, single spaces. */
  private static String normalizeReference(String text) {
    String nfkc = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    StringBuilder sb = new StringBuilder();
    boolean space = true;
    for (char c : nfkc.toCharArray()) {
      if (Character.isLetterOrDigit(c)) {
        sb.append(c);
        space = false;
      } else if (!space) {
        sb.append(' ');
        space = true;
      }
    }
    return sb.toString().endsWith(" ") ? sb.substring(0, sb.length() - 1) : sb.toString();
  }

  @Test
  void asciiNormalisationAsTheGeneralOne() {
    for (int i = 0; i < 20_000; i++) {
      char[] cs = new char[RANDOM.nextInt(12)];
      for (int k = 0; k < cs.length; k++) {
        cs[k] = (char) RANDOM.nextInt(128); // every ASCII character, controls and punctuation included
      }
      String s = new String(cs);
      assertThat(TextNormalizer.normalize(s)).isEqualTo(normalizeReference(s));
    }
    assertThat(TextNormalizer.normalize("  Hello, WORLD -- 2025! ")).isEqualTo("hello world 2025");
    assertThat(TextNormalizer.normalize("Straße ＡＢＣ")).isEqualTo(normalizeReference("Straße ＡＢＣ"));
  }

  @Test
  void utf8ChecksFindABadByteAtAnyOffsetOfAWord() {
    for (int len = 1; len <= 40; len++) {
      for (int bad = 0; bad < len; bad++) {
        byte[] b = "a".repeat(len).getBytes(StandardCharsets.US_ASCII);
        b[bad] = (byte) 0xE9; // a lone Latin-1 'é': not UTF-8
        assertThat(CharsetDetection.isValidUtf8(b)).as("len %d bad at %d", len, bad).isFalse();
        assertThat(CharsetDetection.isMostlyUtf8(b)).isFalse();
      }
      byte[] ascii = "b".repeat(len).getBytes(StandardCharsets.US_ASCII);
      assertThat(CharsetDetection.isValidUtf8(ascii)).isTrue();
      assertThat(CharsetDetection.detect(ascii, null)).isEqualTo(StandardCharsets.UTF_8);
    }
    byte[] mixed = ("0123456789abcdef" + "é".repeat(3) + "ghijklmnopq" + "ü").getBytes(StandardCharsets.UTF_8);
    assertThat(CharsetDetection.isValidUtf8(mixed)).isTrue();
    assertThat(CharsetDetection.isMostlyUtf8(mixed)).isTrue();
  }

  @Test
  void dateParsingWithoutDigitsFindsNothingAndWithDigitsStillParses() {
    assertThat(DateParsing.parseOffset("Monday, November")).isEmpty();
    assertThat(DateParsing.parseOffset("vor einer Stunde")).isEmpty();
    assertThat(DateParsing.parseOffset("٢٠٢٥-١١-٢٥")).isEmpty(); // Arabic-Indic digits are not read, as before
    assertThat(DateParsing.parseOffset(" 25.  November\t2025 ")).isPresent();
  }

  @Test
  void ownTextLookupsSkipOnlyElementsThatCannotMatch() {
    // The byline and the date sit in elements whose own text is split by child elements and <br>s.
    String html = "<html><head><title>T</title></head><body><div><span>x</span> by <b>no</b></div>"
        + "<div> \n<br>By Jane Doe</div><p>Posted <em>on</em> 12.03.2024<br></p><p>Text.</p></body></html>";
    HtmlMetadata meta = new HtmlMetadata(Jsoup.parse(html, "https://example.org/x"));
    assertThat(meta.authors()).containsExactly("Jane Doe");
    assertThat(meta.publishedAt()).hasToString("2024-03-12T00:00Z");
    Element p = Jsoup.parse(html).selectFirst("p");
    assertThat(p.ownText()).isEqualTo("Posted 12.03.2024"); // what the pattern is run on, as with jsoup's own query
  }
}
