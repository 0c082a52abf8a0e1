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

  @Test
  void emptyPairsAreSkippedAndFormatIsTheInverseOfParse() {
    assertThat(QueryString.parse("a=1&&b=%C3%9F")).containsExactly(java.util.Map.entry("a", "1"),
        java.util.Map.entry("b", "ß"));
    java.util.Map<String, String> params = new java.util.LinkedHashMap<>();
    params.put("window", "1h");
    params.put("q", "Kaja Kallas & Co=ß");
    String text = QueryString.format(params);
    assertThat(text).isEqualTo("window=1h&q=Kaja+Kallas+%26+Co%3D%C3%9F");
    assertThat(QueryString.parse(text)).isEqualTo(params);
  }
}
