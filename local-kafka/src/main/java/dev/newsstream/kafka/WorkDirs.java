package dev.newsstream.kafka;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Working directories of the local broker, registry, demo and benchmarks: removed when they are done. */
public final class WorkDirs {
  private WorkDirs() {}

  /** Deletes {@code dir} and everything below it; a missing directory is fine. */
  public static void deleteRecursively(Path dir) {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      walk.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** As {@link #deleteRecursively}, for temp directories: what cannot be deleted is left to the OS. */
  public static void deleteQuietly(Path dir) {
    try {
      deleteRecursively(dir);
    } catch (UncheckedIOException ignored) {
      // Temp files only.
    }
  }
}
