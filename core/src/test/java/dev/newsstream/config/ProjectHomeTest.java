package dev.newsstream.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Defaults resolve against the project root only when the working directory does not hold them. */
class ProjectHomeTest {
  @TempDir
  Path home;

  private String saved;

  @BeforeEach
  void setHome() throws Exception {
    saved = System.getProperty(ProjectHome.PROPERTY);
    Files.createDirectories(home.resolve("bench/only-under-home"));
    System.setProperty(ProjectHome.PROPERTY, home.toString());
  }

  @AfterEach
  void restore() {
    if (saved == null) {
      System.clearProperty(ProjectHome.PROPERTY);
    } else {
      System.setProperty(ProjectHome.PROPERTY, saved);
    }
  }

  @Test
  void aDefaultMissingInTheWorkingDirectoryIsTakenFromTheProjectRoot() {
    assertThat(ProjectHome.resolveDefault(Path.of("bench/only-under-home")))
        .isEqualTo(home.resolve("bench/only-under-home"));
  }

  @Test
  void aDefaultPresentInTheWorkingDirectoryWins() {
    Path src = Path.of("src"); // the module's own directory is the test's working directory
    assertThat(Files.exists(src)).isTrue();
    assertThat(ProjectHome.resolveDefault(src)).isEqualTo(src);
  }

  @Test
  void absentEverywhereOrAbsoluteStaysAsGivenSoTheErrorNamesIt() {
    assertThat(ProjectHome.resolveDefault(Path.of("no/such/dir"))).isEqualTo(Path.of("no/such/dir"));
    Path abs = home.resolve("elsewhere");
    assertThat(ProjectHome.resolveDefault(abs)).isEqualTo(abs);
  }

  @Test
  void aPathTheUserTypedIsNeverRedirected() {
    Path typed = Path.of("bench/only-under-home");
    assertThat(ProjectHome.resolveDefault(typed, "other/default")).isEqualTo(typed);
    assertThat(ProjectHome.resolveDefault(typed, "bench/only-under-home"))
        .isEqualTo(home.resolve("bench/only-under-home"));
  }

  @Test
  void withoutTheWrapperPropertyNothingMoves() {
    System.clearProperty(ProjectHome.PROPERTY);
    assertThat(ProjectHome.resolveDefault(Path.of("bench/only-under-home"))).isEqualTo(Path.of("bench/only-under-home"));
  }
}
