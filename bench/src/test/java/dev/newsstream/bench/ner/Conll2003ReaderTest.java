package dev.newsstream.bench.ner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class Conll2003ReaderTest {
  private static List<String> spans(GoldDocument d) {
    return d.gold().stream().map(s -> d.text().substring(s.start(), s.end()) + "/" + s.type()).toList();
  }

  @Test
  void iob1AndIob2GiveTheSameEntities(@TempDir Path dir) throws IOException {
    // IOB1: I- everywhere, B- only where two entities of one type touch.
    Path iob1 = dir.resolve("iob1.txt");
    Files.writeString(iob1, """
        -DOCSTART- -X- -X- O

        EU NNP B-NP I-ORG
        rejects VBZ B-VP O
        German JJ B-NP I-MISC
        call NN I-NP O
        to TO B-VP O
        boycott VB I-VP O
        British JJ B-NP I-MISC
        lamb NN I-NP O
        . . O O

        Peter NNP B-NP I-PER
        Blackburn NNP I-NP I-PER
        Anna NNP I-NP B-PER
        Smith NNP I-NP I-PER

        -DOCSTART- -X- -X- O

        BRUSSELS NNP B-NP I-LOC
        1996-08-22 CD I-NP O
        """);
    Path iob2 = dir.resolve("iob2.conll");
    Files.writeString(iob2, """
        EU _ _ B-ORG
        rejects _ _ O
        German _ _ B-MISC
        call _ _ O
        to _ _ O
        boycott _ _ O
        British _ _ B-MISC
        lamb _ _ O
        . _ _ O

        Peter _ _ B-PER
        Blackburn _ _ I-PER
        Anna _ _ B-PER
        Smith _ _ I-PER
        """);
    List<GoldDocument> a = Conll2003Reader.read(iob1);
    List<GoldDocument> b = Conll2003Reader.read(iob2);
    assertThat(a).hasSize(2);
    assertThat(b).hasSize(1);
    assertThat(a.get(0).text()).isEqualTo("EU rejects German call to boycott British lamb .\n\nPeter Blackburn Anna Smith");
    assertThat(spans(a.get(0))).containsExactly("EU/ORGANIZATION", "German/MISC", "British/MISC",
        "Peter Blackburn/PERSON", "Anna Smith/PERSON");
    assertThat(spans(b.get(0))).isEqualTo(spans(a.get(0)));
    assertThat(b.get(0).gold()).isEqualTo(a.get(0).gold());
    assertThat(spans(a.get(1))).containsExactly("BRUSSELS/LOCATION");
    assertThat(a.get(0).tokens()).isEqualTo(13);
  }

  @Test
  void anUnknownTagIsAnErrorWithTheLine(@TempDir Path dir) throws IOException {
    Path bad = dir.resolve("bad.conll");
    Files.writeString(bad, "Paris _ _ B-CITY\n");
    assertThatThrownBy(() -> Conll2003Reader.read(bad)).isInstanceOf(IOException.class)
        .hasMessageContaining("bad.conll:1").hasMessageContaining("B-CITY");
  }

  @Test
  void theSelfWrittenDevSetHasItsFourDocuments() throws IOException {
    List<GoldDocument> docs = Conll2003Reader.read(Path.of("src/test/resources/ner-dev/newswire-dev.conll"));
    assertThat(docs).hasSize(4);
    assertThat(docs.stream().mapToInt(d -> d.text().split("\n\n").length).sum()).isEqualTo(27);
  }
}
