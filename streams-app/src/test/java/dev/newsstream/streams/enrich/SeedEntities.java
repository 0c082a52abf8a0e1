package dev.newsstream.streams.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsstream.schema.Entity;
import dev.newsstream.schema.Mention;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The entities the issue requires on the seed page, checked against the article body they point into. */
public final class SeedEntities {
  /** canonical name, type, surface of the first mention. */
  private static final String[][] REQUIRED = {
      {"Marco Rubio", "PERSON", "Marco Rubio"}, {"Kaja Kallas", "PERSON", "Kaja Kallas"},
      {"Donald Trump", "PERSON", "Donald Trump"}, {"Vladimir Putin", "PERSON", "Vladimir Putin"},
      {"Daniel Driscoll", "PERSON", "Daniel Driscoll"}, {"European Union", "ORGANIZATION", "EU"},
      {"Ukraine", "LOCATION", "Ukraine"}, {"Geneva", "LOCATION", "Geneva"}, {"Abu Dhabi", "LOCATION", "Abu Dhabi"},
      {"Crimea", "LOCATION", "Crimea"}};

  private SeedEntities() {}

  public static void assertRequired(String body, List<Entity> entities) {
    for (String[] r : REQUIRED) {
      Entity e = entities.stream().filter(x -> x.getCanonical().equals(r[0])).findFirst()
          .orElseThrow(() -> new AssertionError("no entity " + r[0] + " in " + entities));
      assertThat(e.getType()).as("type of %s", r[0]).isEqualTo(r[1]);
      assertThat(e.getText()).as("first mention of %s", r[0]).isEqualTo(r[2]);
      assertThat(e.getCount()).isEqualTo(e.getMentions().size());
      assertThat(e.getConfidence()).isBetween(0.5, 1.0);
      // Every place the body spells the first mention's text (as a word) is a mention, at the right offsets.
      List<Integer> starts = e.getMentions().stream()
          .filter(m -> body.substring(m.getStart(), m.getEnd()).equals(r[2])).map(Mention::getStart).toList();
      assertThat(starts).as("mentions of %s", r[2]).isEqualTo(wordOccurrences(body, r[2]));
      // Other mentions are parts of the canonical name ("Rubio" of "Marco Rubio").
      List<String> nameTokens = Arrays.asList(r[0].toLowerCase(Locale.ROOT).split(" "));
      for (Mention m : e.getMentions()) {
        String surface = body.substring(m.getStart(), m.getEnd());
        if (!surface.equals(r[2])) {
          assertThat(nameTokens).as("mention '%s' of %s", surface, r[0])
              .containsAll(Arrays.asList(surface.toLowerCase(Locale.ROOT).split(" ")));
        }
      }
    }
  }

  /**
   * None of the errors issue 15 saw on the demo's seed page: "Sputnik" (the agency) as a LOCATION, "State" of
   * "Secretary of State" as an ORGANIZATION; and the names it missed are there: "Estonian" and "Russian" (MISC),
   * "Donbas" (LOCATION). For extractors that keep MISC (the default types).
   */
  public static void assertNoIssue15Errors(String body, List<Entity> entities) {
    assertThat(body).contains("Sputnik", "Secretary of State", "Estonian", "Russian", "Donbas");
    assertThat(entities).as("Sputnik tagged as a place").noneMatch(e -> e.getCanonical().equals("Sputnik")
        && e.getType().equals("LOCATION"));
    assertThat(entities).as("'State' out of 'Secretary of State'")
        .noneMatch(e -> e.getCanonical().equals("State") || e.getText().equals("State"));
    for (String[] r : new String[][] {{"Estonian", "MISC"}, {"Russian", "MISC"}, {"Donbas", "LOCATION"}}) {
      Entity e = entities.stream().filter(x -> x.getCanonical().equals(r[0])).findFirst()
          .orElseThrow(() -> new AssertionError("no entity " + r[0] + " in " + entities));
      assertThat(e.getType()).as("type of %s", r[0]).isEqualTo(r[1]);
      assertThat(e.getCount()).as("mentions of %s", r[0]).isEqualTo(wordOccurrences(body, r[0]).size());
    }
  }

  /** Start offsets of {@code word} in {@code text} as a whole word. */
  public static List<Integer> wordOccurrences(String text, String word) {
    List<Integer> out = new ArrayList<>();
    Matcher m = Pattern.compile("\\b" + Pattern.quote(word) + "\\b").matcher(text);
    while (m.find()) {
      out.add(m.start());
    }
    return out;
  }
}
