package dev.newsstream.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The production jars (built by `mvn package` before this integration test runs) carry no benchmark, scorer, page
 * generator, crash harness or test fixture: those live in the bench module and in streams-app's test jar.
 */
class ProductionJarIT {
  /** Names of what must stay out of production: the bench and CLI packages and measurement/harness classes. */
  static final Pattern NOT_PRODUCTION = Pattern.compile(
      "^dev/newsstream/(bench|cli)/.*"
          + "|.*/[^/]*(Bench|Harness|Scorer|CrashPages|InstanceProcess|TopologyProcess|OutcomeLedger"
          + "|DedupStories|DedupLabelledSet|SeedPage)[^/]*\\.class$"
          + "|.*dedup-stories\\.txt$");

  @ParameterizedTest
  @ValueSource(strings = {"core", "producer", "streams-app"})
  void holdsNoBenchOrHarnessClasses(String module) throws IOException {
    Path jar = productionJar(module);
    try (JarFile file = new JarFile(jar.toFile())) {
      List<String> names = file.stream().map(JarEntry::getName).toList();
      assertThat(names).as("classes in %s", jar).anyMatch(n -> n.endsWith(".class")); // not vacuous
      assertThat(names).as("bench or harness entries in %s", jar).noneMatch(n -> NOT_PRODUCTION.matcher(n).matches());
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"dev/newsstream/bench/crash/CrashTestHarness.class",
      "dev/newsstream/streams/reliability/CrashPages.class", "dev/newsstream/bench/ner/ConlluEntityReader.class",
      "dev/newsstream/streams/dedup/DedupStories.class", "dev/newsstream/streams/dedup/dedup-stories.txt"})
  void thePatternRecognisesWhatMustStayOut(String entry) {
    assertThat(NOT_PRODUCTION.matcher(entry).matches()).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"dev/newsstream/streams/ArticleTopology.class",
      "dev/newsstream/streams/dedup/NearDuplicateIndex.class", "dev/newsstream/streams/reliability/DeadLetters.class"})
  void thePatternLetsProductionClassesIn(String entry) {
    assertThat(NOT_PRODUCTION.matcher(entry).matches()).isFalse();
  }

  private static Path productionJar(String module) throws IOException {
    Path target = Path.of("..", module, "target");
    try (Stream<Path> files = Files.list(target)) {
      return files.filter(p -> p.getFileName().toString().matches(module + "-[0-9].*(?<!-tests)\\.jar"))
          .findFirst().orElseThrow(() -> new AssertionError("no packaged jar in " + target.toAbsolutePath()));
    }
  }
}
