package dev.newsstream.streams.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class AuthorNamesTest {

  @Test
  void dropsPrefixesRolesDatesEmailsAndUrls() {
    assertThat(AuthorNames.clean(List.of("By Jane Doe, Staff Writer"))).containsExactly("Jane Doe");
    assertThat(AuthorNames.clean(List.of("By JANE DOE and John Roe | Updated March 4, 2025"))).containsExactly("JANE DOE", "John Roe");
    assertThat(AuthorNames.clean(List.of("Von Katharina Weber und Max Müller"))).containsExactly("Katharina Weber", "Max Müller");
    assertThat(AuthorNames.clean(List.of("Par Claire Dubois"))).containsExactly("Claire Dubois");
    assertThat(AuthorNames.clean(List.of("Автор: Анна Смирнова"))).containsExactly("Анна Смирнова");
    assertThat(AuthorNames.clean(List.of("Ann Lee (ann.lee@example.com)"))).containsExactly("Ann Lee");
    assertThat(AuthorNames.clean(List.of("Tom Ash in London"))).containsExactly("Tom Ash");
    assertThat(AuthorNames.clean(List.of("https://example.com/profile/jane", "@janedoe", "#/schema/person/1"))).isEmpty();
    assertThat(AuthorNames.clean(List.of("Senior Political Correspondent"))).isEmpty();
  }

  @Test
  void keepsOrderAndDropsCaseInsensitiveRepeats() {
    assertThat(AuthorNames.clean(List.of("Max Ray", "Eve Stone", "max ray"))).containsExactly("Max Ray", "Eve Stone");
  }
}
