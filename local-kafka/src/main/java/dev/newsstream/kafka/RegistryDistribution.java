package dev.newsstream.kafka;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * An unpacked Apicurio Registry app ({@code io.apicurio:apicurio-registry-app:<version>:tar.gz:all} from Maven
 * Central, unpacked by the local-kafka build into {@code local-kafka/target/apicurio-registry}). 3.x ships
 * {@code quarkus-run.jar} and needs Java 21+; 2.x ships {@code *-runner.jar} and runs on Java 17.
 */
record RegistryDistribution(Path home, Path jar, int minJava) {
  static final String PROPERTY = "newsstream.registry.home";
  static final String ENV = "NEWSSTREAM_REGISTRY_HOME";
  static final String UNPACKED = "apicurio-registry";

  /** The distribution named by the property/env, else the one the build unpacked beside this code. */
  static RegistryDistribution locate() {
    String explicit = System.getProperty(PROPERTY, System.getenv(ENV));
    List<Path> tried = new ArrayList<>();
    for (Path dir : explicit != null && !explicit.isBlank() ? List.of(Path.of(explicit.strip())) : knownPlaces()) {
      tried.add(dir.toAbsolutePath().normalize());
      Optional<RegistryDistribution> d = in(dir);
      if (d.isPresent()) {
        return d.get();
      }
    }
    throw new IllegalStateException("No Apicurio Registry distribution found (looked in " + tried + "). The build "
        + "unpacks it from Maven Central: run 'mvn -B -DskipTests package' in the project root, or set " + ENV
        + " (or -D" + PROPERTY + ") to an unpacked io.apicurio:apicurio-registry-app:<version>:tar.gz:all.");
  }

  static Optional<RegistryDistribution> in(Path dir) {
    if (Files.isRegularFile(dir.resolve("quarkus-run.jar"))) {
      return Optional.of(new RegistryDistribution(dir, dir.resolve("quarkus-run.jar"), 21));
    }
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(f -> f.getFileName().toString().endsWith("-runner.jar")).findFirst()
          .map(jar -> new RegistryDistribution(dir, jar, 17));
    } catch (IOException notADirectory) {
      return Optional.empty();
    }
  }

  /** local-kafka/target/apicurio-registry, found from this code's location or the working directory. */
  private static List<Path> knownPlaces() {
    Set<Path> out = new LinkedHashSet<>();
    List<Path> starts = new ArrayList<>();
    try {
      starts.add(Path.of(RegistryDistribution.class.getProtectionDomain().getCodeSource().getLocation().toURI()));
    } catch (URISyntaxException | RuntimeException unknownLocation) {
      // Fall back to the working directory only.
    }
    starts.add(Path.of("").toAbsolutePath());
    for (Path start : starts) {
      int depth = 0;
      for (Path d = start; d != null && depth < 5; d = d.getParent(), depth++) {
        out.add(d.resolve(UNPACKED));
        out.add(d.resolve("local-kafka/target").resolve(UNPACKED));
      }
    }
    List<Path> existing = out.stream().filter(Files::isDirectory).toList();
    return existing.isEmpty() ? out.stream().limit(2).toList() : existing; // the nearest two name the error

  }

  /** JVM flags the jar's manifest asks for ({@code Add-Opens}, {@code Enable-Native-Access}): honoured by
   * {@code java -jar} only, so given explicitly since the child starts through {@link RegistryProcessMain}. */
  List<String> manifestJvmFlags() {
    List<String> flags = new ArrayList<>();
    try (JarFile jarFile = new JarFile(jar.toFile())) {
      Attributes main = jarFile.getManifest().getMainAttributes();
      String opens = main.getValue("Add-Opens");
      if (opens != null) {
        for (String module : opens.trim().split("\\s+")) {
          flags.add("--add-opens=" + module + "=ALL-UNNAMED");
        }
      }
      if (main.getValue("Enable-Native-Access") != null) {
        flags.add("--enable-native-access=ALL-UNNAMED");
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the registry jar " + jar, e);
    }
    return flags;
  }
}
