package dev.newsstream.kafka;

import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.jar.JarFile;

/**
 * Entry point of the schema registry child process: starts the registry's own main class (read from its jar's
 * manifest) in this JVM, and exits when stdin closes, i.e. when the parent JVM is gone (even after kill -9),
 * which a foreign main cannot do by itself. Uses only the JDK: the child's class path is the registry's jar
 * plus this class.
 */
public final class RegistryProcessMain {
  private RegistryProcessMain() {}

  public static void main(String[] args) throws Exception {
    if (args.length < 1) {
      System.err.println("usage: RegistryProcessMain <registry-app.jar> [args...]");
      System.exit(2);
    }
    String mainClass;
    try (JarFile jar = new JarFile(Path.of(args[0]).toFile())) {
      mainClass = jar.getManifest().getMainAttributes().getValue("Main-Class");
    }
    Thread watchdog = new Thread(() -> {
      try {
        while (System.in.read() >= 0) {
          // Nothing is sent on stdin; EOF means the parent is gone.
        }
      } catch (IOException ignored) {
        // Treat as parent gone.
      }
      System.exit(0); // Not halt: let the registry's shutdown hooks run.
    }, "parent-watchdog");
    watchdog.setDaemon(true);
    watchdog.start();
    Method main = Class.forName(mainClass).getMethod("main", String[].class);
    main.invoke(null, (Object) Arrays.copyOfRange(args, 1, args.length));
  }
}
