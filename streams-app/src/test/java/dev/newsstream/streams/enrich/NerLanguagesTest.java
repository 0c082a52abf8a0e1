package dev.newsstream.streams.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsstream.schema.Entity;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * A hand check per language: news sentences with obvious names, each tagged by that language's own CoreNLP model
 * through its own tokenizer (or segmenter). Each test loads its model afresh (100-200 MB, more for Chinese) and drops
 * it, so the test JVM never holds them all.
 */
class NerLanguagesTest {
  /** Mention text -> type. */
  private static Map<String, String> mentions(String language, String text) {
    return mentions(NerLanguages.load(language), text);
  }

  private static Map<String, String> mentions(SpanTagger tagger, String text) {
    Map<String, String> out = new TreeMap<>();
    for (TaggedSpan s : tagger.tag(text).spans()) {
      out.put(text.substring(s.start(), s.end()), s.type());
    }
    return out;
  }

  @Test
  void german() {
    assertThat(mentions("de", "Bundeskanzler Olaf Scholz hat am Montag in Berlin den französischen Präsidenten "
        + "Emmanuel Macron empfangen.\n\nDie Gespräche im Kanzleramt dauerten drei Stunden, teilte die "
        + "Bundesregierung mit."))
        .containsEntry("Olaf Scholz", "PERSON").containsEntry("Berlin", "LOCATION")
        .containsEntry("Emmanuel Macron", "PERSON");
  }

  @Test
  void frenchIobLabelsBecomeOurTypes() {
    assertThat(mentions("fr", "Le président Emmanuel Macron a reçu lundi à Paris le chancelier allemand Olaf Scholz. "
        + "Les deux dirigeants ont parlé de l'Union européenne."))
        .containsEntry("Emmanuel Macron", "PERSON").containsEntry("Paris", "LOCATION")
        .containsEntry("Olaf Scholz", "PERSON")
        .allSatisfy((text, type) -> assertThat(type).isIn("PERSON", "ORGANIZATION", "LOCATION", "MISC"));
  }

  @Test
  void spanish() {
    assertThat(mentions("es", "El presidente del Gobierno, Pedro Sánchez, se reunió el lunes en Madrid con el "
        + "canciller alemán Olaf Scholz."))
        .containsEntry("Pedro Sánchez", "PERSON").containsEntry("Madrid", "LOCATION")
        .containsEntry("Olaf Scholz", "PERSON");
  }

  @Test
  void chineseIsSegmentedFirstAndItsOffsetsPointIntoTheTextAndItsNumbersAreNotMisc() {
    NerTagger model = NerLanguages.load("zh"); // once: ~900 MB and ~40 s to load
    String text = "美国总统特朗普周三在华盛顿会见了中国外交部长王毅。\n\n双方讨论了贸易问题。";
    // What the model finds here (2026-11-30): 王毅 PERSON, 华盛顿 and 中国 LOCATION (GPE), 美国 MISC, and Trump
    // merged with "Wednesday" as one MISC (特朗普周三): a model error, reported in docs/NER.md, not asserted away.
    assertThat(mentions(model, text))
        .containsEntry("王毅", "PERSON").containsEntry("华盛顿", "LOCATION").containsEntry("中国", "LOCATION")
        .allSatisfy((mention, type) -> assertThat(type).isIn("PERSON", "ORGANIZATION", "LOCATION", "MISC"));

    // The model labels numbers and dates MISC (OntoNotes' numeric classes folded in; its output 2026-12-07) ...
    String numbers = "2014年6月3日上午，18岁的张伟在北京宣布，阿里巴巴将以1500亿美元收购两家公司。第二天，该公司股价上涨3.7%。";
    assertThat(mentions(model, numbers)).containsEntry("2014年6月3日上午", "MISC")
        .containsEntry("1500亿美元", "MISC").containsEntry("18岁", "MISC").containsEntry("两", "MISC");
    // ... which the app's Chinese tagger drops, keeping the names.
    assertThat(mentions(ChineseQuantityTagger.wrap(model), numbers)).containsEntry("张伟", "PERSON")
        .containsEntry("北京", "LOCATION").containsEntry("阿里巴巴", "ORGANIZATION").doesNotContainValue("MISC");
  }

  @Test
  void aModelIsLoadedOnlyWhenTheHeapHasRoomForItAndTheHeadroom() {
    long mb = 1_000_000L;
    // The documented 1 GB heap with the English model and Kafka Streams in use (~400 MB): German fits, Chinese not.
    assertThat(NerLanguages.roomFor("de", 1024 * mb, 400 * mb)).isTrue();
    assertThat(NerLanguages.roomFor("zh", 1024 * mb, 400 * mb)).isFalse();
    assertThat(NerLanguages.roomFor("zh", 3072 * mb, 900 * mb)).isTrue();
  }

  @Test
  void anArticleInALanguageWithoutAModelGetsNoEntitiesAndNoModelIsLoadedForIt() {
    EntityExtractor shared = EntityExtractor.onSharedModel(EntityExtractor.ALL_TYPES, 0.5, 100_000);
    assertThat(NerLanguages.tagger("ru")).isNull();
    assertThat(shared.extract("Президент Владимир Путин прибыл в Москву.", List.of(), "ru")).isEmpty();
    List<Entity> english = shared.extract("Angela Merkel visited Paris on Monday.", List.of(), "en");
    assertThat(english).extracting(Entity::getCanonical).contains("Angela Merkel", "Paris");
  }

  @Test
  void aLanguageTurnedOffForHeapIsReportedWithWhatToDo() {
    long mb = 1_000_000;
    String line = NerLanguages.turnedOff("zh", 1024 * mb, 400 * mb);
    assertThat(line).contains("'zh' is off").contains("~900 MB").contains("624 MB are free").contains("-Xmx");
    assertThat(NerLanguages.offForHeap()).containsEntry("zh", line);
  }
}
