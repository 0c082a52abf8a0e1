package dev.newsstream.config;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Default paths of the commands ({@code ../shared/samples}, {@code bench/readability}, ...) are written relative to
 * the project root, while paths a user types are relative to the directory the command runs in. The
 * {@code newsstream} wrapper passes the root as the system property {@value #PROPERTY} and keeps the user's working
 * directory; a default that does not exist there is looked up under the root instead.
 */
public final class ProjectHome {
  /** System property naming the project root (set by the {@code newsstream} wrapper script). */
  public static final String PROPERTY = "newsstream.home";

  private ProjectHome() {}

  /**
   * A default path as the command should use it: {@code path} itself when it is absolute or exists relative to the
   * working directory, else the same relative path under the project root when it exists there, else {@code path}
   * unchanged (so the caller's "not found" error names what was looked for). Only for defaults: a path the user
   * gave is theirs and is never redirected.
   */
  public static Path resolveDefault(Path path) {
    if (path == null || path.isAbsolute() || Files.exists(path)) {
      return path;
    }
    String home = System.getProperty(PROPERTY);
    if (home == null || home.isBlank()) {
      return path;
    }
    Path underHome = Path.of(home).resolve(path).normalize();
    return Files.exists(underHome) ? underHome : path;
  }

  /** {@link #resolveDefault(Path)} when {@code given} is the option's default value, else {@code given} as typed. */
  public static Path resolveDefault(Path given, String defaultValue) {
    return given != null && given.equals(Path.of(defaultValue)) ? resolveDefault(given) : given;
  }
}
