package dev.newsstream.streams.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Chinese and Japanese write no spaces between words: counted as runs of letters, a 70-character brief was "5 words"
 * and rejected as NOT_AN_ARTICLE, and a Chinese headline was "1 word". Each Han/Hiragana/Katakana character counts.
 */
class UnspacedScriptWordsTest {
  private static final String JAPANESE_BRIEF = "東京都は六日、新たに三百人の感染を確認したと発表した。"
      + "一日の感染者が三百人を超えるのは三日連続で、都は外出の自粛を改めて呼びかけている。";

  @Test
  void eachHanKanaCharacterIsAWordAndOtherScriptsKeepTheirRuns() {
    assertThat(TextNormalizer.wordCount("東京都")).isEqualTo(3);
    assertThat(TextNormalizer.words("東京2020は延期")).containsExactly("東", "京", "2020", "は", "延", "期");
    assertThat(TextNormalizer.wordCount("Tokyo's 東京 Olympics")).isEqualTo(4);
    // Korean writes spaces between words: a Hangul run stays one word.
    assertThat(TextNormalizer.wordCount("서울 시장")).isEqualTo(2);
    assertThat(TextNormalizer.wordCount(JAPANESE_BRIEF)).isEqualTo(TextNormalizer.words(JAPANESE_BRIEF).size());
  }

  @Test
  void aShortJapaneseBriefIsAnArticleAsItsEnglishTwinIs() {
    String html = "<html lang=ja><head><title>都内で三百人感染</title></head><body><article><h1>都内で三百人感染</h1>"
        + "<p>" + JAPANESE_BRIEF + "</p></article></body></html>";
    ParseOutcome o = new PageParser(1 << 20).parse(html.getBytes(StandardCharsets.UTF_8), "https://x.example/a", null);
    assertThat(o).isInstanceOf(ParseOutcome.Parsed.class);
    assertThat(((ParseOutcome.Parsed) o).article().paragraphs()).containsExactly(JAPANESE_BRIEF);
  }
}
