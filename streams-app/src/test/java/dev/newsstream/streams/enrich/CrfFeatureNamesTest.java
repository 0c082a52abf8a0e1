package dev.newsstream.streams.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class CrfFeatureNamesTest {
  @Test
  void aNameIsFoundFromItsPartsAndItsHashAsTheIndexFindsItAndAnythingElseIsMinusOne() {
    Random random = new Random(6);
    List<String> names = new ArrayList<>();
    for (int i = 0; i < 20_000; i++) {
      names.add("w" + Integer.toString(random.nextInt(1 << 30), 36) + "-WORD|C");
    }
    CrfFeatureNames index = new CrfFeatureNames(names);
    for (int f = 0; f < names.size(); f++) {
      String name = names.get(f);
      String word = name.substring(0, name.length() - "-WORD|C".length());
      assertThat(index.indexOf(name.hashCode(), word, "-WORD|C")).isEqualTo(names.indexOf(name));
      assertThat(index.indexOf(name.hashCode(), name, null)).isEqualTo(names.indexOf(name));
      int cut = 1 + random.nextInt(word.length() - 1);
      assertThat(index.indexOf(name.hashCode(), word.substring(0, cut), "...".substring(3), word.substring(cut), null,
          "-WORD|C", null)).isEqualTo(names.indexOf(name));
    }
    for (int i = 0; i < 20_000; i++) {
      String other = "x" + random.nextInt() + "-WORD|C";
      assertThat(index.indexOf(other.hashCode(), other, null)).isEqualTo(names.indexOf(other));
    }
  }

  @Test
  void namesSharingAHashAreToldApartByTheirCharacters() {
    // "Aa" and "BB" have the same String hash, so do all their concatenations of equal length.
    List<String> names = List.of("AaAa-PW|C", "BBBB-PW|C", "AaBB-PW|C", "other|C");
    CrfFeatureNames index = new CrfFeatureNames(names);
    int hash = "AaAa-PW|C".hashCode();
    assertThat("BBAa-PW|C".hashCode()).isEqualTo(hash);
    assertThat(index.indexOf(hash, "AaAa", "-PW|C")).isEqualTo(0);
    assertThat(index.indexOf(hash, "BBBB", "-PW|C")).isEqualTo(1);
    assertThat(index.indexOf(hash, "AaBB", "-PW|C")).isEqualTo(2);
    assertThat(index.indexOf(hash, "BBAa", "-PW|C")).as("same hash, not a feature").isEqualTo(-1);
    assertThat(index.indexOf(hash, "AaAa", "-PW|C ")).as("a name with one more character").isEqualTo(-1);
    assertThat(index.mayHave("nothing here".hashCode()) && index.indexOf("nothing here".hashCode(), "nothing here",
        null) >= 0).isFalse();
  }
}
