package dev.newsstream;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.library.Architectures;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The floor plan, checked on the compiled main classes of every module (this module's test class path holds them
 * all): no package cycles anywhere, and modules depend only downwards —
 * core/schemas &lt;- producer, streams-app &lt;- bench &lt;- cli; local-kafka only for bench and cli. In particular
 * streams-app never imports the producer, and nothing in production imports the bench.
 */
class ArchitectureTest {
  private static JavaClasses production;

  @BeforeAll
  static void importMainClasses() {
    production = new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .withImportOption(location -> !location.contains("-tests.jar")) // test fixtures of streams-app
        .importPackages("dev.newsstream");
    // Guard against a vacuous pass: every module's main classes must have been found.
    for (String pkg : new String[] {"dev.newsstream.page", "dev.newsstream.schema", "dev.newsstream.kafka",
        "dev.newsstream.producer", "dev.newsstream.streams", "dev.newsstream.bench", "dev.newsstream.cli"}) {
      assertThat(production.containPackage(pkg)).as("main classes of %s imported", pkg).isTrue();
    }
  }

  /** Every package (at any depth) is a slice; a cycle between any two is a violation. */
  static ArchRule noPackageCycles(String root) {
    return slices().matching(root + ".(**)").should().beFreeOfCycles();
  }

  static Architectures.LayeredArchitecture modulesDependDownwards() {
    return layeredArchitecture().consideringOnlyDependenciesInLayers()
        .layer("core").definedBy("dev.newsstream.page..", "dev.newsstream.url..", "dev.newsstream.config..",
            "dev.newsstream.time..", "dev.newsstream.process..")
        .layer("schemas").definedBy("dev.newsstream.schema..")
        .layer("local-kafka").definedBy("dev.newsstream.kafka..")
        .layer("producer").definedBy("dev.newsstream.producer..")
        .layer("streams-app").definedBy("dev.newsstream.streams..")
        .layer("bench").definedBy("dev.newsstream.bench..")
        .layer("cli").definedBy("dev.newsstream.cli..")
        .whereLayer("cli").mayNotBeAccessedByAnyLayer()
        .whereLayer("bench").mayOnlyBeAccessedByLayers("cli")
        .whereLayer("local-kafka").mayOnlyBeAccessedByLayers("bench", "cli")
        .whereLayer("producer").mayOnlyBeAccessedByLayers("bench", "cli")
        .whereLayer("streams-app").mayOnlyBeAccessedByLayers("bench", "cli")
        .whereLayer("schemas").mayOnlyBeAccessedByLayers("producer", "streams-app", "bench", "cli")
        .whereLayer("core").mayOnlyBeAccessedByLayers("producer", "streams-app", "bench", "cli");
  }

  @Test
  void noPackageDependsOnAnotherThatDependsBackOnIt() {
    noPackageCycles("dev.newsstream").check(production);
  }

  @Test
  void modulesDependOnlyDownwardsSoStreamsAppNeverImportsTheProducerOrTheBench() {
    modulesDependDownwards().check(production);
  }

  @Test
  void theCycleRuleCatchesACycle() {
    // Two fixture packages that import each other (src/test/.../archfixture/cycle): the rule must report them.
    JavaClasses fixture = new ClassFileImporter().importPackages("dev.newsstream.archfixture");
    EvaluationResult result = noPackageCycles("dev.newsstream.archfixture").evaluate(fixture);
    assertThat(result.hasViolation()).isTrue();
    assertThat(result.getFailureReport().toString()).contains("cycle.a", "cycle.b");
  }

  @Test
  void theLayerRuleCatchesStreamsAppImportingTheProducer() {
    // A test fixture in a streams package that imports the producer (src/test/.../streams/archfixture).
    JavaClasses fixture = new ClassFileImporter().importPackages("dev.newsstream.streams.archfixture",
        "dev.newsstream.producer");
    EvaluationResult result = modulesDependDownwards().withOptionalLayers(true).evaluate(fixture);
    assertThat(result.hasViolation()).isTrue();
    assertThat(result.getFailureReport().toString()).contains("ImportsProducer", "ProduceCommand");
  }
}
