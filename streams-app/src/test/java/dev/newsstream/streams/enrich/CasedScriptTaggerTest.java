package dev.newsstream.streams.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link CasedScriptTagger} on a stand-in model's output (no CRF loaded): the German review case. */
class CasedScriptTaggerTest {
  /** A model that tags fixed surfaces of whatever text it gets, as a CRF might. */
  private static SpanTagger fixed(String type, String... surfaces) {
    return new SpanTagger() {
      @Override
      public NerTagger.Tagging tag(String text) {
        List<TaggedSpan> spans = new java.util.ArrayList<>();
        for (String s : surfaces) {
          int at = text.indexOf(s);
          spans.add(new TaggedSpan(at, at + s.length(), type, 0.8));
        }
        return new NerTagger.Tagging(spans, 42);
      }

      @Override
      public List<String> types() {
        return List.of(type);
      }
    };
  }

  @Test
  void lowerCaseMentionsOfACasedLanguageAreDroppedAndNamesKept() {
    String text = "Die deutsche Regierung und die brandenburgischen Behörden: Ursula von der Leyen in Potsdam\nBerlin";
    SpanTagger tagger = CasedScriptTagger.wrap(
        fixed("MISC", "deutsche", "brandenburgischen", "von der Leyen", "Potsdam\nBerlin"), "de");
    NerTagger.Tagging out = tagger.tag(text);
    assertThat(out.spans().stream().map(s -> s.surface(text)).toList())
        .containsExactly("von der Leyen", "Potsdam", "Berlin");
    assertThat(out.tokens()).isEqualTo(42);
    assertThat(tagger.types()).containsExactly("MISC");
  }

  @Test
  void noModelStaysNoTagger() {
    assertThat(CasedScriptTagger.wrap(null, "de")).isNull();
  }

  @Test
  void aPersonThatOnlyLabelsNumberRowsIsDropped() {
    String text = "Werte\nLevel: 82\nLevel: 85\nAngela Merkel sagte";
    NerTagger.Tagging out = CasedScriptTagger.wrap(fixed("PERSON", "Level", "Angela Merkel"), "de").tag(text);
    assertThat(out.spans().stream().map(s -> s.surface(text)).toList()).containsExactly("Angela Merkel");
  }

  @Test
  void reviewEightKindsAreRepairedAndTheGermanOnlyRulesStayGerman() {
    String text = "Die Hacker griffen Nordrhein-Westfalen an.";
    SpanTagger model = fixed("LOCATION", "Hacker", "Nordrhein", "Westfalen");
    // The stand-in tags one type only: "Hacker" as a LOCATION is not what the German article rule drops...
    assertThat(CasedScriptTagger.wrap(model, "de").tag(text).spans().stream().map(s -> s.surface(text)).toList())
        .containsExactly("Hacker", "Nordrhein-Westfalen");
    String persons = "Die Hacker trafen Jacques Chirac àJean-Paul Delevoye.";
    SpanTagger personModel = fixed("PERSON", "Hacker", "Jacques Chirac àJean-Paul Delevoye");
    assertThat(CasedScriptTagger.wrap(personModel, "de").tag(persons).spans().stream()
        .map(s -> s.surface(persons)).toList()).containsExactly("Jacques Chirac", "Jean-Paul Delevoye");
    // ...and outside German it does not run at all: French writes "Die" before no common noun, as here a name.
    assertThat(CasedScriptTagger.wrap(personModel, "fr").tag(persons).spans().stream()
        .map(s -> s.surface(persons)).toList()).containsExactly("Hacker", "Jacques Chirac", "Jean-Paul Delevoye");
  }
}
