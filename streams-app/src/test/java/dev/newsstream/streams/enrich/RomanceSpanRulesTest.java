package dev.newsstream.streams.enrich;

import static dev.newsstream.streams.enrich.SpanFixtures.span;
import static dev.newsstream.streams.enrich.SpanFixtures.surfacesInTextOrder;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link RomanceSpanRules} on each pattern, with look-alikes it must leave alone. No model is loaded. */
class RomanceSpanRulesTest {
  /** Every occurrence of each word, as a one-word mention of the type. */
  private static List<TaggedSpan> all(String text, String type, String... words) {
    List<TaggedSpan> out = new ArrayList<>();
    for (String w : words) {
      for (int at = text.indexOf(w); at >= 0; at = text.indexOf(w, at + 1)) {
        out.add(new TaggedSpan(at, at + w.length(), type, 0.8));
      }
    }
    return out;
  }

  @Test
  void aOneWordPersonAfterAnArticleIsATitle() {
    String text = "Contestó el Presidente. Los ataques son al Presidente, dijo Presidente. Habló Macri. El caso de "
        + "Fernando de la Rúa y de la Rúa. Gobierna el Mundial. Dijo Francisco que el Papa Francisco vendrá.";
    List<TaggedSpan> spans = new ArrayList<>(all(text, "PERSON", "Presidente", "Macri"));
    spans.add(span(text, "Fernando de la Rúa", "PERSON", 0.9));
    spans.add(new TaggedSpan(text.lastIndexOf("Rúa"), text.lastIndexOf("Rúa") + 3, "PERSON", 0.7));
    spans.add(span(text, "Mundial", "MISC", 0.8));
    // "dijo Presidente" tagged MISC: the title's other mentions go with its PERSON ones.
    int misc = text.lastIndexOf("Presidente");
    spans.removeIf(s -> s.start() == misc);
    spans.add(new TaggedSpan(misc, misc + 10, "MISC", 0.6));
    spans.add(span(text, "Francisco", "PERSON", 0.9));
    spans.add(span(text, "Papa Francisco", "PERSON", 0.9));
    // Kept: a surname particle ("de la Rúa"), a MISC after an article with no PERSON mention ("el Mundial"), and a
    // word the document names in a longer mention ("el Papa Francisco" has Francisco, not "Papa" alone).
    List<String> out = surfacesInTextOrder(RomanceSpanRules.articleTitles(spans, text), text);
    assertThat(out).containsExactly("Macri/PERSON", "Fernando de la Rúa/PERSON", "Rúa/PERSON", "Mundial/MISC",
        "Francisco/PERSON", "Papa Francisco/PERSON");
  }

  @Test
  void aOneWordPersonWrittenAfterEnIsAPlace() {
    String text = "Mendoza comenzará en mayo. Fue desarrollada en Mendoza. Confía en Macri, dijo Mauricio Macri. "
        + "Habló Pérez.";
    List<TaggedSpan> spans = new ArrayList<>(all(text, "PERSON", "Mendoza", "Pérez"));
    spans.add(span(text, "Macri", "PERSON", 0.9));
    spans.add(span(text, "Mauricio Macri", "PERSON", 0.99));
    // "en Macri": the document names Mauricio Macri, so it stays a person; "Pérez" was never after "en".
    List<String> out = surfacesInTextOrder(RomanceSpanRules.placesAfterEn(spans, text), text);
    assertThat(out).containsExactly("Mendoza/LOCATION", "Mendoza/LOCATION", "Macri/PERSON", "Mauricio Macri/PERSON",
        "Pérez/PERSON");
  }

  @Test
  void aOneWordNameTheDocumentAlsoWritesInLowerCaseIsACommonNoun() {
    String text = "Evaluados en Lengua y Matemática. En 2021 en matemática. Viajó a Granada. Los hermanos Iglesias "
        + "y Pablo Iglesias visitaron las iglesias. Mendoza-norte y mendoza-sur.";
    List<TaggedSpan> spans = new ArrayList<>(all(text, "LOCATION", "Lengua", "Matemática", "Granada"));
    spans.add(span(text, "Iglesias", "PERSON", 0.8));
    spans.add(span(text, "Pablo Iglesias", "PERSON", 0.99));
    // Kept: no lower-case use in the text ("Lengua", "Granada"), a word of a longer name ("Iglesias").
    List<String> out = surfacesInTextOrder(RomanceSpanRules.lowerCaseWords(spans, text), text);
    assertThat(out).containsExactly("Lengua/LOCATION", "Granada/LOCATION", "Iglesias/PERSON",
        "Pablo Iglesias/PERSON");
  }

  @Test
  void aFullNameWrittenOnlyAfterEnAndNamedNowhereElseIsAPlace() {
    String text = "el acto de hace dos lunes en Florencio Varela. Confía en Alberto Fernández, dijo Fernández. "
        + "Piensa en Juan Pérez y habló Juan Pérez. Presentes en Emilio Mitre";
    List<TaggedSpan> spans = new ArrayList<>();
    spans.add(span(text, "Florencio Varela", "PERSON", 0.9));
    spans.add(span(text, "Alberto Fernández", "PERSON", 0.9));
    spans.add(new TaggedSpan(text.lastIndexOf("Fernández"), text.lastIndexOf("Fernández") + 9, "PERSON", 0.9));
    spans.addAll(all(text, "PERSON", "Juan Pérez"));
    spans.add(span(text, "Emilio Mitre", "LOCATION", 0.9));
    // Kept: a full name whose surname the text names again, one also written without "en", and a LOCATION.
    assertThat(surfacesInTextOrder(RomanceSpanRules.placesAfterEn(spans, text), text)).containsExactly(
        "Florencio Varela/LOCATION", "Alberto Fernández/PERSON", "Fernández/PERSON", "Juan Pérez/PERSON",
        "Juan Pérez/PERSON", "Emilio Mitre/LOCATION");
  }
}
