package dev.newsstream.kafka;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Finds a Java runtime of at least a given version for a child process, since the registry may need a newer
 * Java than the project's 17. Looks at, in order: {@code -Dnewsstream.registry.java} /
 * {@code NEWSSTREAM_REGISTRY_JAVA} (a java binary or a JDK home), this JVM, {@code JAVA_HOME}, then every
 * JDK under /usr/lib/jvm (newest first).
 */
final class JavaRuntimes {
  static final String PROPERTY = "newsstream.registry.java";
  static final String ENV = "NEWSSTREAM_REGISTRY_JAVA";

  /** A java binary and its feature version (17, 21, 25...). */
  record Runtime(Path java, int major) {}

  private JavaRuntimes() {}

  static Runtime require(int minMajor, String forWhat) {
    List<Runtime> found = candidates();
    return found.stream().filter(r -> r.major() >= minMajor).findFirst().orElseThrow(() ->
        new IllegalStateException(forWhat + " needs Java " + minMajor + "+, but found only "
            + (found.isEmpty() ? "no Java runtime" : found) + ". Install a JDK " + minMajor
            + "+ (e.g. Temurin) under /usr/lib/jvm, or set " + ENV + " (or -D" + PROPERTY + ") to its java binary."));
  }

  static List<Runtime> candidates() {
    Set<Path> homes = new LinkedHashSet<>();
    String explicit = System.getProperty(PROPERTY, System.getenv(ENV));
    if (explicit != null && !explicit.isBlank()) {
      Path p = Path.of(explicit.strip());
      homes.add(Files.isDirectory(p) ? p : p.toAbsolutePath().getParent().getParent());
    }
    homes.add(Path.of(System.getProperty("java.home")));
    if (System.getenv("JAVA_HOME") != null) {
      homes.add(Path.of(System.getenv("JAVA_HOME")));
    }
    List<Runtime> system = new ArrayList<>();
    try (Stream<Path> jvms = Files.list(Path.of("/usr/lib/jvm"))) {
      jvms.forEach(home -> version(home).ifPresent(system::add));
    } catch (IOException noSystemJvms) {
      // Not a Debian-like layout: only the explicit ones count.
    }
    system.sort(Comparator.comparingInt(Runtime::major).reversed());
    List<Runtime> out = new ArrayList<>();
    homes.forEach(home -> version(home).ifPresent(out::add));
    system.stream().filter(r -> out.stream().noneMatch(o -> sameFile(o.java(), r.java()))).forEach(out::add);
    return out;
  }

  /** The runtime in a JDK/JRE home, read from its {@code release} file (no process started). */
  static Optional<Runtime> version(Path home) {
    Path java = home.resolve("bin/java");
    Path release = home.resolve("release");
    if (!Files.isExecutable(java) || !Files.isReadable(release)) {
      return Optional.empty();
    }
    Properties p = new Properties();
    try (var in = Files.newInputStream(release)) {
      p.load(in);
    } catch (IOException e) {
      return Optional.empty();
    }
    String v = p.getProperty("JAVA_VERSION", "").replace("\"", "");
    String[] parts = v.split("[.+-]");
    try {
      int major = "1".equals(parts[0]) && parts.length > 1 ? Integer.parseInt(parts[1]) : Integer.parseInt(parts[0]);
      return Optional.of(new Runtime(java, major));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  private static boolean sameFile(Path a, Path b) {
    try {
      return a.toRealPath().equals(b.toRealPath());
    } catch (IOException e) {
      return a.equals(b);
    }
  }
}
