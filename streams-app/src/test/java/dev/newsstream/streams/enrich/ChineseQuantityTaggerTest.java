package dev.newsstream.streams.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The Chinese model's MISC numbers and dates are dropped; its other MISC mentions and types are kept. No model. */
class ChineseQuantityTaggerTest {

  @Test
  void numbersDatesTimesAmountsPercentagesAndOrdinalsAreQuantities() {
    // The review's MISC mentions from real Chinese pages (review8 #2), and the patterns they stand for.
    for (String q : List.of("15年", "6月3日上午", "一", "两", "18岁", "1500亿美元", "27680", "3.7", "第二", "今年",
        "2014年", "四", "72%", "百分之五", "2011年9月至2014年9月", "2017-03-10 08:42:00", "将近1000天", "近几年",
        "几年前", "上世纪八十年代", "数千", "12小时", "第二天", "昨天", "凌晨")) {
      assertThat(ChineseQuantityTagger.isQuantity(q)).as(q).isTrue();
    }
  }

  @Test
  void namesAndWordsWithANumeralInsideAreNot() {
    for (String m : List.of("AlphaGo", "Mate 8", "摩门教徒", "中文", "五星", "万达", "三星", "一带一路", "G20", "中国",
        "1985年UFAA", "英超女神", "上海")) {
      assertThat(ChineseQuantityTagger.isQuantity(m)).as(m).isFalse();
    }
  }

  @Test
  void reviewNineCountsFractionsDecadesDigitRunsAndTraditionalFormsAreQuantities() {
    // Review 9 (#11): MISC mentions from real Chinese pages, and the patterns they stand for.
    for (String q : List.of("一成", "全年", "五万户", "不到半月", "5月下旬", "93(01", "三成", "3名", "两辆", "五萬戶",
        "十一月十五日", "1200公里", "上旬", "兩個月", "不足三成", "010-6523 1234")) {
      assertThat(ChineseQuantityTagger.isQuantity(q)).as(q).isTrue();
    }
    // Look-alikes: a measure word alone, a festival, product names with digits, a word that starts with 全.
    for (String m : List.of("户", "春节", "中秋节", "5G", "iPhone 7", "华为P30", "全国", "成都", "名人", "三星堆")) {
      assertThat(ChineseQuantityTagger.isQuantity(m)).as(m).isFalse();
    }
  }

  @Test
  void aLongMiscSpanWithAClauseWordIsAClauseAndNamesOfWorksAreNot() {
    assertThat(ChineseQuantityTagger.isClause("今年冬季供暖工作將于十一月十五日")).isTrue(); // review 9 (#11), 16 chars
    assertThat(ChineseQuantityTagger.isClause("冬季供暖工作已经开始正式运行")).isTrue();
    // Look-alikes: a law's and an event's name (long, no clause word); a short MISC with one ("将军").
    assertThat(ChineseQuantityTagger.isClause("中华人民共和国环境保护法")).isFalse();
    assertThat(ChineseQuantityTagger.isClause("第二十四届冬季奥林匹克运动会")).isFalse();
    assertThat(ChineseQuantityTagger.isClause("巴顿将军")).isFalse();
  }

  @Test
  void onlyMiscMentionsAreFiltered() {
    String text = "2014年 两 张伟 2015年";
    SpanTagger model = new SpanTagger() {
      @Override
      public NerTagger.Tagging tag(String t) {
        return new NerTagger.Tagging(List.of(new TaggedSpan(0, 5, "MISC", 0.9), new TaggedSpan(6, 7, "MISC", 0.9),
            new TaggedSpan(8, 10, "PERSON", 0.9), new TaggedSpan(11, 16, "ORGANIZATION", 0.9)), 4);
      }

      @Override
      public List<String> types() {
        return List.of("PERSON", "ORGANIZATION", "LOCATION", "MISC");
      }
    };
    NerTagger.Tagging out = ChineseQuantityTagger.wrap(model).tag(text);
    assertThat(out.spans()).extracting(s -> text.substring(s.start(), s.end())).containsExactly("张伟", "2015年");
    assertThat(out.tokens()).isEqualTo(4);
    assertThat(ChineseQuantityTagger.wrap(null)).isNull();
  }
}
