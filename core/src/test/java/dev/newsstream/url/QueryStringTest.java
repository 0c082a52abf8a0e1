package dev.newsstream.url;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class QueryStringTest {
  @Test
  void decodesNamesAndValuesKeepsOrderAndTheLastOfARepeatedName() {
    assertThat(QueryString.parse("window=1h&type=PERSON&q=Kaja%20Kallas+x&flag&window=1d"))
        .containsExactly(java.util.Map.entry("window", "1d"), java.util.Map.entry("type", "PERSON"),
            java.util.Map.entry("q", "Kaja Kallas x"), java.util.Map.entry("flag", ""));
  }

  @Test
  void noQueryIsNoParameters() {
    assertThat(QueryString.parse(null)).isEmpty();
    assertThat(QueryString.parse("")).isEmpty();
  }
}
