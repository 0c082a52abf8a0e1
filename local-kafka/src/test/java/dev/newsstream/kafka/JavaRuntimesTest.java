package dev.newsstream.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class JavaRuntimesTest {

  @Test
  void readsTheVersionOfThisJvmFromItsReleaseFile() {
    JavaRuntimes.Runtime self = JavaRuntimes.version(Path.of(System.getProperty("java.home"))).orElseThrow();
    assertThat(self.major()).isEqualTo(Runtime.version().feature());
    assertThat(self.java()).isExecutable();
  }

  @Test
  void thisJvmIsACandidateAndSatisfiesItsOwnVersion() {
    assertThat(JavaRuntimes.candidates()).extracting(JavaRuntimes.Runtime::major).contains(Runtime.version().feature());
    assertThat(JavaRuntimes.require(Runtime.version().feature(), "test").major())
        .isGreaterThanOrEqualTo(Runtime.version().feature());
  }

  @Test
  void aMissingVersionFailsNamingWhatWasFoundAndHowToFix() {
    assertThatThrownBy(() -> JavaRuntimes.require(99, "Apicurio Registry"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("Apicurio Registry needs Java 99+")
        .hasMessageContaining("major=" + Runtime.version().feature())
        .hasMessageContaining(JavaRuntimes.ENV);
  }

  @Test
  void aDirectoryWithoutADistributionIsNotOne(@org.junit.jupiter.api.io.TempDir Path dir) {
    assertThat(RegistryDistribution.in(dir)).isEmpty();
    assertThat(RegistryDistribution.in(dir.resolve("missing"))).isEmpty();
  }
}
