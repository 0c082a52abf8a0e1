package dev.newsstream.streams.enrich;

import static dev.newsstream.streams.enrich.SpanFixtures.surfacesInTextOrder;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link ChineseListRules} on its pattern, with look-alikes it must leave alone. No model is loaded. */
class ChineseListRulesTest {
  private static void add(List<TaggedSpan> spans, String text, String word, String type, int occurrence) {
    int at = -1;
    for (int i = 0; i <= occurrence; i++) {
      at = text.indexOf(word, at + 1);
    }
    spans.add(new TaggedSpan(at, at + word.length(), type, 0.8));
  }

  @Test
  void anItemOfAnEnumerationTakesTheListsTypeThroughoutTheDocument() {
    String text = "巡演来到张家口。在石家庄、邢台、邯郸、衡水、承德、张家口等10个设区市演出。王贵鹏、张晓阳和李明出席。";
    List<TaggedSpan> spans = new ArrayList<>();
    add(spans, text, "张家口", "PERSON", 0);
    add(spans, text, "石家庄", "LOCATION", 0);
    add(spans, text, "邢台", "LOCATION", 0);
    add(spans, text, "邯郸", "ORGANIZATION", 0);
    add(spans, text, "衡水", "LOCATION", 0);
    add(spans, text, "承德", "LOCATION", 0);
    add(spans, text, "张家口", "PERSON", 1);
    add(spans, text, "王贵鹏", "PERSON", 0);
    add(spans, text, "张晓阳", "PERSON", 0);
    add(spans, text, "李明", "PERSON", 0);
    // The list of people keeps its type; the city named outside the list ("来到张家口") follows its list.
    assertThat(surfacesInTextOrder(ChineseListRules.apply(spans, text), text)).containsExactly("张家口/LOCATION",
        "石家庄/LOCATION", "邢台/LOCATION", "邯郸/LOCATION", "衡水/LOCATION", "承德/LOCATION", "张家口/LOCATION",
        "王贵鹏/PERSON", "张晓阳/PERSON", "李明/PERSON");
  }

  @Test
  void aMixedOrShortListAndItemsJoinedOnlyByHeAreLeftAlone() {
    // Two against one is no majority of two; "和" alone joins two items, not a series; a comma ends a list.
    String text = "北京、王毅和上海。中国和美国和王毅。天津，李强、刘洋。";
    List<TaggedSpan> spans = new ArrayList<>();
    add(spans, text, "北京", "LOCATION", 0);
    add(spans, text, "王毅", "PERSON", 0);
    add(spans, text, "上海", "LOCATION", 0);
    add(spans, text, "中国", "LOCATION", 0);
    add(spans, text, "美国", "LOCATION", 0);
    add(spans, text, "王毅", "PERSON", 1);
    add(spans, text, "天津", "LOCATION", 0);
    add(spans, text, "李强", "PERSON", 0);
    add(spans, text, "刘洋", "PERSON", 0);
    assertThat(surfacesInTextOrder(ChineseListRules.apply(spans, text), text)).containsExactly("北京/LOCATION",
        "王毅/PERSON", "上海/LOCATION", "中国/LOCATION", "美国/LOCATION", "王毅/PERSON", "天津/LOCATION", "李强/PERSON",
        "刘洋/PERSON");
  }
}
