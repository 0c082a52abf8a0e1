package dev.newsstream.streams.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.newsstream.config.ConfigSource.ConfigException;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EnrichSettingsTest {
  private static StreamsAppConfig.Enrich load(Map<String, String> overrides) {
    return StreamsAppConfig.load(null, Map.of(), overrides).enrich();
  }

  @Test
  void defaultsEnableEveryTypeWithAHalfConfidenceFloor() {
    StreamsAppConfig.Enrich e = load(Map.of());
    assertThat(e.enabled()).isTrue();
    assertThat(e.types()).containsExactlyInAnyOrder("PERSON", "ORGANIZATION", "LOCATION", "MISC");
    assertThat(e.minConfidence()).isEqualTo(0.5);
    assertThat(e.maxChars()).isEqualTo(100_000);
    assertThat(e.languages()).as("the languages with a CoreNLP model").containsExactlyInAnyOrder("en", "de", "fr",
        "es", "zh");
    assertThat(e.covers("en")).isTrue();
    assertThat(e.covers("de")).isTrue();
    assertThat(e.covers("ru")).isFalse();
    assertThat(e.covers(null)).as("undetected language: tried").isTrue();
  }

  @Test
  void languagesSettingListsCodesOrNothingForAll() {
    assertThat(load(Map.of("enrich.languages", " EN, de ")).languages()).containsExactlyInAnyOrder("en", "de");
    StreamsAppConfig.Enrich all = load(Map.of("enrich.languages", ""));
    assertThat(all.languages()).isEmpty();
    assertThat(all.covers("ru")).isTrue();
    assertThatThrownBy(() -> load(Map.of("enrich.languages", "english"))).isInstanceOf(ConfigException.class)
        .hasMessageContaining("enrich.languages").hasMessageContaining("english");
  }

  @Test
  void aLanguageWithoutAModelIsRefusedNotSilentlyIgnored() {
    assertThatThrownBy(() -> load(Map.of("enrich.languages", "en,xx"))).isInstanceOf(ConfigException.class)
        .hasMessage("enrich.languages: no NER model for 'xx' (models: de,en,es,fr,zh; empty = all of them)");
    assertThat(StreamsAppConfig.Enrich.MODEL_LANGUAGES).as("the languages NER has a model for")
        .isEqualTo(dev.newsstream.streams.enrich.NerLanguages.SUPPORTED);
  }

  @Test
  void settingsComeFromEnvironmentAndFlags() {
    StreamsAppConfig.Enrich e = StreamsAppConfig.load(null,
        Map.of("NEWSSTREAM_ENRICH_TYPES", " person, location "), Map.of("enrich.min.confidence", "0.8",
            "enrich.enabled", "off", "enrich.max.chars", "20000")).enrich();
    assertThat(e.types()).isEqualTo(Set.of("PERSON", "LOCATION"));
    assertThat(e.minConfidence()).isEqualTo(0.8);
    assertThat(e.enabled()).isFalse();
    assertThat(e.maxChars()).isEqualTo(20_000);
  }

  @Test
  void badValuesNameTheSetting() {
    assertThatThrownBy(() -> load(Map.of("enrich.types", "PERSON,DATE"))).isInstanceOf(ConfigException.class)
        .hasMessageContaining("enrich.types").hasMessageContaining("DATE");
    assertThatThrownBy(() -> load(Map.of("enrich.min.confidence", "1.5"))).isInstanceOf(ConfigException.class)
        .hasMessageContaining("enrich.min.confidence");
    assertThatThrownBy(() -> load(Map.of("enrich.min.confidence", "high"))).isInstanceOf(ConfigException.class)
        .hasMessageContaining("enrich.min.confidence");
    assertThatThrownBy(() -> load(Map.of("enrich.enabled", "maybe"))).isInstanceOf(ConfigException.class)
        .hasMessageContaining("enrich.enabled");
    assertThatThrownBy(() -> load(Map.of("enrich.max.chars", "10"))).isInstanceOf(ConfigException.class)
        .hasMessageContaining("enrich.max.chars");
  }

  @Test
  void byDefaultEveryCoveredModelIsPreloadedAndTheTransactionTimeoutStaysKafkasOwn() {
    StreamsAppConfig cfg = StreamsAppConfig.load(null, Map.of(), Map.of());
    assertThat(cfg.enrich().preload()).containsExactly("en", "de", "fr", "es", "zh");
    assertThat(cfg.enrich().lazyLanguages()).isEmpty();
    assertThat(cfg.streamsProperties()).doesNotContainKey("producer.transaction.timeout.ms");
    assertThat(load(Map.of("enrich.languages", "es,en")).preload()).as("enrich.languages' order")
        .containsExactly("es", "en");
  }

  @Test
  void aLanguageLoadedAtItsFirstArticleGetsATransactionTimeoutLongerThanItsLoad() {
    StreamsAppConfig cfg = StreamsAppConfig.load(null, Map.of(), Map.of("enrich.preload", "en, DE"));
    assertThat(cfg.enrich().preload()).containsExactly("en", "de");
    assertThat(cfg.enrich().lazyLanguages()).containsExactly("es", "fr", "zh");
    assertThat(cfg.streamsProperties()).containsEntry("producer.transaction.timeout.ms",
        StreamsAppConfig.LAZY_MODEL_TXN_TIMEOUT_MS);
    // Only exactly-once has a transaction; an explicit setting wins; no NER, no load.
    assertThat(StreamsAppConfig.load(null, Map.of(), Map.of("enrich.preload", "en", "processing.guarantee",
        "at_least_once")).streamsProperties()).doesNotContainKey("producer.transaction.timeout.ms");
    assertThat(StreamsAppConfig.load(null, Map.of(), Map.of("enrich.preload", "en",
        "kafka.producer.transaction.timeout.ms", "60000")).streamsProperties())
        .containsEntry("producer.transaction.timeout.ms", "60000");
    assertThat(StreamsAppConfig.load(null, Map.of(), Map.of("enrich.preload", "", "enrich.enabled", "false"))
        .streamsProperties()).doesNotContainKey("producer.transaction.timeout.ms");
    // English is never lazy: its ensemble loads when the enrich task starts, before its first record.
    assertThat(load(Map.of("enrich.preload", "", "enrich.languages", "en")).lazyLanguages()).isEmpty();
  }

  @Test
  void aPreloadLanguageOutsideTheCoveredOnesIsRefused() {
    assertThatThrownBy(() -> load(Map.of("enrich.languages", "en,de", "enrich.preload", "fr")))
        .isInstanceOf(ConfigException.class)
        .hasMessage("enrich.preload must be 'all' or codes of enrich.languages (en,de), got 'fr'");
  }
}
