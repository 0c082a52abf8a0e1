package dev.newsstream.streams.enrich;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.newsstream.schema.Entity;
import dev.newsstream.schema.Mention;
import dev.newsstream.streams.SeedPage;
import dev.newsstream.streams.parse.PageParser;
import dev.newsstream.streams.parse.ParseOutcome;
import dev.newsstream.streams.parse.ParsedArticle;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** The real model on the seed page (loaded once per test JVM, ~2 s). */
class EntityExtractorTest {
  private static final EntityExtractor ALL = EntityExtractor.onSharedModel(EntityExtractor.ALL_TYPES, 0.5, 100_000);

  static ParsedArticle seedArticle() {
    ParseOutcome outcome = new PageParser(5 * 1024 * 1024).parse(SeedPage.bytes(), SeedPage.URL, null);
    return ((ParseOutcome.Parsed) outcome).article();
  }

  static List<String> tagsAndKeywords(ParsedArticle a) {
    List<String> out = new ArrayList<>(a.tags());
    out.addAll(a.keywords());
    return out;
  }

  private static Entity byCanonical(List<Entity> es, String canonical) {
    return es.stream().filter(e -> e.getCanonical().equals(canonical)).findFirst().orElseThrow();
  }

  private static List<String> surfaces(String body, Entity e) {
    return e.getMentions().stream().map(m -> body.substring(m.getStart(), m.getEnd())).toList();
  }

  @Test
  void findsTheRequiredPeopleOrganisationsAndPlacesOfTheSeedPage() {
    ParsedArticle a = seedArticle();
    List<Entity> es = ALL.extract(a.body(), tagsAndKeywords(a));
    SeedEntities.assertRequired(a.body(), es);
    SeedEntities.assertNoIssue15Errors(a.body(), es);

    Entity rubio = byCanonical(es, "Marco Rubio");
    assertThat(surfaces(a.body(), rubio)).containsExactly("Marco Rubio", "Rubio");
    assertThat(rubio.getCount()).isEqualTo(2);
    assertThat(surfaces(a.body(), byCanonical(es, "Kaja Kallas"))).containsExactly("Kaja Kallas", "Kallas");
    assertThat(surfaces(a.body(), byCanonical(es, "Donald Trump"))).containsExactly("Donald Trump", "Trump");
    Entity eu = byCanonical(es, "European Union");
    assertThat(eu.getText()).isEqualTo("EU");
    assertThat(surfaces(a.body(), eu)).containsOnly("EU");
    Entity ukraine = byCanonical(es, "Ukraine");
    assertThat(ukraine.getCount()).isEqualTo(SeedPage.occurrences(a.body(), "Ukraine")).isEqualTo(5);
    int geneva = a.body().indexOf("Geneva");
    assertThat(byCanonical(es, "Geneva").getMentions()).containsExactly(new Mention(geneva, geneva + "Geneva".length()));
  }

  @Test
  void theFerryStorysHeadlineWordIsNoPersonButItsHarbourMasterIs() throws java.io.IOException {
    // The demo's ferry sample: "Harbour ferries to run on batteries by 2027", then "Harbour master Olga Brennan".
    java.nio.file.Path page = java.nio.file.Path.of("../samples/harbour-ferry-electric.html"); // from streams-app/
    ParsedArticle a = ((ParseOutcome.Parsed) new PageParser(5 * 1024 * 1024)
        .parse(java.nio.file.Files.readAllBytes(page), "https://example.org/harbour-ferry-electric", null)).article();
    assertThat(a.body()).contains("Harbour master Olga Brennan");
    List<Entity> es = ALL.extract(a.body(), tagsAndKeywords(a));
    assertThat(es).as("Harbour [PERSON]").noneMatch(e -> e.getText().equals("Harbour") || e.getCanonical().equals("Harbour"));
    assertThat(byCanonical(es, "Olga Brennan").getType()).isEqualTo("PERSON");
  }

  @Test
  void withoutTagsTheSeedEntitiesAreStillFoundButEuKeepsItsShortName() {
    ParsedArticle a = seedArticle();
    List<Entity> es = ALL.extract(a.body(), List.of());
    assertThat(es).extracting(Entity::getCanonical).contains("Marco Rubio", "Kaja Kallas", "EU", "Crimea");
    assertThat(es).extracting(Entity::getCanonical).doesNotContain("European Union");
  }

  @Test
  void typesSettingKeepsOnlyThoseTypes() {
    ParsedArticle a = seedArticle();
    List<Entity> people = EntityExtractor.onSharedModel(Set.of("PERSON"), 0.5, 100_000).extract(a.body(), List.of());
    assertThat(people).isNotEmpty().extracting(Entity::getType).containsOnly("PERSON");
  }

  @Test
  void aHigherConfidenceFloorKeepsFewerMentions() {
    ParsedArticle a = seedArticle();
    int all = count(EntityExtractor.onSharedModel(EntityExtractor.ALL_TYPES, 0.0, 100_000).extract(a.body(), List.of()));
    int sure = count(EntityExtractor.onSharedModel(EntityExtractor.ALL_TYPES, 0.99, 100_000).extract(a.body(), List.of()));
    assertThat(sure).isPositive().isLessThan(all);
  }

  @Test
  void onlyTheFirstMaxCharsAreRead() {
    ParsedArticle a = seedArticle();
    int cap = a.body().indexOf("Crimea") - 10;
    List<Entity> es = EntityExtractor.onSharedModel(EntityExtractor.ALL_TYPES, 0.5, cap).extract(a.body(), List.of());
    assertThat(es).extracting(Entity::getCanonical).contains("Marco Rubio").doesNotContain("Crimea", "Vladimir Putin");
    assertThat(es).allSatisfy(e -> assertThat(e.getMentions()).allSatisfy(m -> assertThat(m.getEnd()).isLessThanOrEqualTo(cap)));
    assertThat(EntityExtractor.readablePrefix("alpha beta gamma", 8)).isEqualTo("alpha");
    assertThat(EntityExtractor.readablePrefix("alpha", 8)).isEqualTo("alpha");
  }

  @Test
  void oneExtractorSharedByFourThreadsGivesTheSameEntitiesAsOne() throws Exception {
    ParsedArticle a = seedArticle();
    List<String> tags = tagsAndKeywords(a);
    List<Entity> expected = ALL.extract(a.body(), tags);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<List<Entity>>> results = new ArrayList<>();
      for (int i = 0; i < 40; i++) {
        results.add(pool.submit(() -> ALL.extract(a.body(), tags)));
      }
      for (Future<List<Entity>> r : results) {
        assertThat(r.get()).isEqualTo(expected);
      }
    } finally {
      pool.shutdown();
    }
  }

  @Test
  void emptyAndEntityFreeTextsGiveNoEntities() {
    assertThat(ALL.extract("", List.of())).isEmpty();
    assertThat(ALL.extract("it rained all day and then it stopped.", List.of("marco rubio"))).isEmpty();
  }

  @Test
  void badSettingsAreRefused() {
    assertThatThrownBy(() -> EntityExtractor.onSharedModel(Set.of("PERSON"), 1.5, 10))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> EntityExtractor.onSharedModel(Set.of("PERSON"), 0.5, 0))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static int count(List<Entity> es) {
    return es.stream().mapToInt(Entity::getCount).sum();
  }
}
