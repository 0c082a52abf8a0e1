package dev.newsstream.kafka;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A self-signed certificate for a local broker's TLS listener, made with the JDK's own keytool (no extra
 * dependency): a PKCS12 keystore for the broker and a truststore holding its certificate for clients. The
 * certificate names localhost and 127.0.0.1, so clients keep hostname verification on.
 */
public record LocalTls(Path keystore, Path truststore, String password) {
  public static LocalTls create(Path dir) {
    try {
      Files.createDirectories(dir);
      Path keystore = dir.resolve("broker.p12");
      Path cert = dir.resolve("broker.crt");
      Path truststore = dir.resolve("truststore.p12");
      Files.deleteIfExists(keystore);
      Files.deleteIfExists(cert);
      Files.deleteIfExists(truststore);
      String password = "local-" + Long.toHexString(Double.doubleToLongBits(Math.random()));
      keytool("-genkeypair", "-alias", "broker", "-keyalg", "RSA", "-keysize", "2048", "-validity", "7",
          "-dname", "CN=localhost", "-ext", "SAN=dns:localhost,ip:127.0.0.1", "-storetype", "PKCS12",
          "-keystore", keystore.toString(), "-storepass", password, "-keypass", password);
      keytool("-exportcert", "-alias", "broker", "-keystore", keystore.toString(), "-storepass", password,
          "-rfc", "-file", cert.toString());
      keytool("-importcert", "-noprompt", "-alias", "broker", "-file", cert.toString(), "-storetype", "PKCS12",
          "-keystore", truststore.toString(), "-storepass", password);
      return new LocalTls(keystore, truststore, password);
    } catch (IOException e) {
      throw new UncheckedIOException("Could not create the local broker's certificate in " + dir, e);
    }
  }

  private static void keytool(String... args) throws IOException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "keytool").toString());
    command.addAll(List.of(args));
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    try {
      if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
        throw new IOException("keytool " + args[0] + " failed: " + out.strip());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while running keytool", e);
    }
  }
}
