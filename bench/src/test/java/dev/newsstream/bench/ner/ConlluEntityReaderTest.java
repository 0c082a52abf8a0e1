package dev.newsstream.bench.ner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConlluEntityReaderTest {
  private static final Path SAMPLE = Path.of("src/test/resources/ner-gum-sample/sample.conllu");

  private static List<String> named(GoldDocument d) {
    return d.gold().stream().map(s -> d.text().substring(s.start(), s.end()) + "/" + s.type()).toList();
  }

  @Test
  void readsDocumentsTextAndNamedMentionsOfTheGumBracketNotation() throws IOException {
    List<GoldDocument> docs = ConlluEntityReader.read(SAMPLE);
    assertThat(docs).extracting(GoldDocument::id).containsExactly("first", "second");
    GoldDocument first = docs.get(0);
    // SpaceAfter=No is honoured; sentences are separated by a blank line.
    assertThat(first.text()).isEqualTo("The United States and Kaja Kallas met in Geneva.\n\n"
        + "Her office, the EU's foreign service, said nothing.");
    assertThat(first.tokens()).isEqualTo(22);
    // "the United States" scores as its proper-noun run; "Her", "Her office", "the EU's foreign service" and
    // "nothing" are not named; nested "(...(...)" and both closer styles ("1)", "person-2)") are read.
    assertThat(named(first)).containsExactly("United States/LOCATION", "Kaja Kallas/PERSON", "Geneva/LOCATION",
        "EU/ORGANIZATION");
    assertThat(named(docs.get(1))).containsExactly("Vladimir Putin/PERSON", "Moscow/LOCATION");
    assertThat(docs.get(1).text()).isEqualTo("Vladimir Putin spoke in Moscow.");
  }

  @Test
  void theGlobalEntityCommentSetsTheFieldOrder(@TempDir Path dir) throws IOException {
    // CorefUD order: entity id first, type second.
    Path f = dir.resolve("corefud.conllu");
    Files.writeString(f, String.join("\n",
        "# global.Entity = eid-etype-head-other",
        "# newdoc id = d1",
        "1\tAngela\tAngela\tPROPN\tNNP\t_\t3\tnsubj\t_\tEntity=(e5-person-2",
        "2\tMerkel\tMerkel\tPROPN\tNNP\t_\t1\tflat\t_\tEntity=e5)",
        "3\tleft\tleave\tVERB\tVBD\t_\t0\troot\t_\t_",
        "4\tBerlin\tBerlin\tPROPN\tNNP\t_\t3\tobj\t_\tEntity=(e6-place-1)",
        "", ""));
    List<GoldDocument> docs = ConlluEntityReader.read(f);
    assertThat(docs).extracting(GoldDocument::id).containsExactly("d1");
    assertThat(named(docs.get(0))).containsExactly("Angela Merkel/PERSON", "Berlin/LOCATION");
  }

  @Test
  void aCloserWithoutAnOpenMentionIsAnErrorWithTheLine(@TempDir Path dir) throws IOException {
    Path bad = dir.resolve("bad.conllu");
    Files.writeString(bad, "1\tParis\tParis\tPROPN\tNNP\t_\t0\troot\t_\tEntity=9)\n\n");
    assertThatThrownBy(() -> ConlluEntityReader.read(bad)).isInstanceOf(IOException.class)
        .hasMessageContaining("bad.conllu:1").hasMessageContaining("9)");
    Path short_ = dir.resolve("short.conllu");
    Files.writeString(short_, "1\tParis\tPROPN\n");
    assertThatThrownBy(() -> ConlluEntityReader.read(short_)).isInstanceOf(IOException.class)
        .hasMessageContaining("10 tab-separated columns");
  }
}
