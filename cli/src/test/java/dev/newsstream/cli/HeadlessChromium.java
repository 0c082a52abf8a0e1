package dev.newsstream.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Debian's {@code chromium} run headless as a test's browser: the DOM after the page ran ({@code --dump-dom}) and a
 * PNG screenshot. Each call is one short-lived browser process with its own throw-away profile, so parallel tests
 * and a desktop Chromium do not share state. Found at $NEWSSTREAM_CHROMIUM when set (only there), else chromium
 * (or chromium-browser) on the PATH.
 */
final class HeadlessChromium {
  private static final long TIMEOUT_SECONDS = 90;
  private final Path binary;
  private final Path work;

  private HeadlessChromium(Path binary, Path work) {
    this.binary = binary;
    this.work = work;
  }

  /** The browser, or empty when none is installed (tests then skip, naming the Debian package). */
  static Optional<HeadlessChromium> find(Path work) {
    List<String> candidates = new ArrayList<>();
    String env = System.getenv("NEWSSTREAM_CHROMIUM");
    if (env != null && !env.isBlank()) {
      candidates.add(env); // an explicit choice: only this one (a path that is not there = no browser)
    }
    for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin").split(":")) {
      candidates.add(dir + "/chromium");
      candidates.add(dir + "/chromium-browser");
    }
    return candidates.stream().limit(env != null && !env.isBlank() ? 1 : Long.MAX_VALUE).map(Path::of)
        .filter(Files::isExecutable).findFirst()
        .map(p -> new HeadlessChromium(p, work));
  }

  /** The serialised DOM of {@code url} once loaded (scripts, if any, get 5 s of virtual time). */
  String dumpDom(String url) throws IOException, InterruptedException {
    return new String(run(List.of("--virtual-time-budget=5000", "--dump-dom", url)), StandardCharsets.UTF_8);
  }

  /** A PNG of {@code url} at {@code width} x {@code height} CSS pixels, written to {@code png}. */
  void screenshot(String url, Path png, int width, int height) throws IOException, InterruptedException {
    Files.createDirectories(png.toAbsolutePath().getParent());
    Files.deleteIfExists(png);
    run(List.of("--virtual-time-budget=5000", "--hide-scrollbars", "--window-size=" + width + "," + height,
        "--screenshot=" + png.toAbsolutePath(), url));
    if (!Files.exists(png)) {
      throw new IOException("chromium wrote no screenshot at " + png);
    }
  }

  private byte[] run(List<String> args) throws IOException, InterruptedException {
    Path profile = Files.createTempDirectory(work, "chromium-profile-");
    Path stderr = profile.resolveSibling(profile.getFileName() + ".stderr");
    // --no-sandbox: tests may run as root (CI containers), where Chromium refuses its sandbox.
    List<String> cmd = new ArrayList<>(List.of(binary.toString(), "--headless", "--no-sandbox", "--disable-gpu",
        "--disable-dev-shm-usage", "--no-first-run", "--user-data-dir=" + profile));
    cmd.addAll(args);
    Process p = new ProcessBuilder(cmd).redirectError(stderr.toFile()).start();
    byte[] out = p.getInputStream().readAllBytes();
    if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new IOException("chromium did not finish in " + TIMEOUT_SECONDS + " s: " + cmd);
    }
    if (p.exitValue() != 0) {
      throw new IOException("chromium exited " + p.exitValue() + ": " + cmd + "\n" + Files.readString(stderr));
    }
    return out;
  }
}
