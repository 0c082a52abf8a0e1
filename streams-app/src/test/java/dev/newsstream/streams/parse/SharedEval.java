package dev.newsstream.streams.parse;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Files of the shared evaluation data ({@code ../shared/eval} beside the repository); tests skip when absent. */
final class SharedEval {
  private SharedEval() {}

  /** The file at {@code ../shared/eval/<relative>}, found by walking up from the working directory. */
  static Path file(String relative) {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path candidate = dir.resolve("../shared/eval").resolve(relative).normalize();
      if (Files.exists(candidate)) {
        return candidate;
      }
    }
    assumeTrue(false, "shared eval input ../shared/eval/" + relative + " is missing; skipping");
    return null;
  }

  static byte[] bytes(String relative) {
    try {
      return Files.readAllBytes(file(relative));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
