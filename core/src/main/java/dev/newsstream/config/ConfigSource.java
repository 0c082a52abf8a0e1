package dev.newsstream.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * Layered configuration: defaults, then a properties file, then environment variables
 * ({@code NEWSSTREAM_BOOTSTRAP_SERVERS} sets {@code bootstrap.servers}), then explicit overrides (CLI flags).
 */
public final class ConfigSource {
  public static final String ENV_PREFIX = "NEWSSTREAM_";

  private ConfigSource() {}

  public static Properties load(Properties defaults, Path file, Map<String, String> env, Map<String, String> overrides) {
    Properties merged = new Properties();
    merged.putAll(defaults);
    if (file != null) {
      if (!Files.isReadable(file)) {
        throw new ConfigException("Configuration file not found or not readable: " + file.toAbsolutePath());
      }
      Properties fromFile = new Properties();
      try (InputStream in = Files.newInputStream(file)) {
        fromFile.load(in);
      } catch (IOException e) {
        throw new UncheckedIOException("Could not read configuration file " + file, e);
      }
      merged.putAll(fromFile);
    }
    env.forEach((name, value) -> {
      if (name.startsWith(ENV_PREFIX) && !name.equals(ENV_PREFIX + "CONFIG")) {
        merged.setProperty(name.substring(ENV_PREFIX.length()).toLowerCase(Locale.ROOT).replace('_', '.'), value);
      }
    });
    overrides.forEach((k, v) -> {
      if (v != null) {
        merged.setProperty(k, v);
      }
    });
    return merged;
  }

  /** Kafka client properties: every key under {@code kafka.} with the prefix removed (security, tuning...). */
  public static Properties kafkaClientProperties(Properties all) {
    Properties out = new Properties();
    for (String name : all.stringPropertyNames()) {
      if (name.startsWith("kafka.")) {
        out.setProperty(name.substring("kafka.".length()), all.getProperty(name));
      }
    }
    return out;
  }

  /**
   * Settings as {@code k=v, ...} for start-up lines, with every secret (passwords, JAAS configs carrying them,
   * tokens, private keys) shown as {@code [hidden]}: logs must never carry credentials.
   */
  public static String redacted(Properties settings) {
    StringBuilder b = new StringBuilder();
    settings.stringPropertyNames().stream().sorted().forEach(k -> {
      b.append(b.length() == 0 ? "" : ", ").append(k).append('=')
          .append(isSecret(k) ? "[hidden]" : settings.getProperty(k));
    });
    return b.toString();
  }

  static boolean isSecret(String key) {
    String k = key.toLowerCase(Locale.ROOT);
    return k.contains("password") || k.contains("jaas") || k.contains("secret") || k.contains("token")
        || k.contains("credential") || k.endsWith(".key") || k.contains("keystore.key") || k.contains("private");
  }

  public static int intValue(Properties p, String key, int min, int max) {
    String raw = require(p, key);
    try {
      int v = Integer.parseInt(raw.strip());
      if (v < min || v > max) {
        throw new ConfigException(key + " must be between " + min + " and " + max + ", got " + v);
      }
      return v;
    } catch (NumberFormatException e) {
      throw new ConfigException(key + " must be a whole number, got '" + raw + "'");
    }
  }

  public static long longValue(Properties p, String key, long min, long max) {
    String raw = require(p, key);
    try {
      long v = Long.parseLong(raw.strip());
      if (v < min || v > max) {
        throw new ConfigException(key + " must be between " + min + " and " + max + ", got " + v);
      }
      return v;
    } catch (NumberFormatException e) {
      throw new ConfigException(key + " must be a whole number, got '" + raw + "'");
    }
  }

  public static boolean boolValue(Properties p, String key) {
    String raw = require(p, key).strip().toLowerCase(Locale.ROOT);
    return switch (raw) {
      case "true", "yes", "on", "1" -> true;
      case "false", "no", "off", "0" -> false;
      default -> throw new ConfigException(key + " must be true or false, got '" + raw + "'");
    };
  }

  public static String require(Properties p, String key) {
    String v = p.getProperty(key);
    if (v == null || v.isBlank()) {
      throw new ConfigException("Missing required setting '" + key + "' (or env " + ENV_PREFIX
          + key.toUpperCase(Locale.ROOT).replace('.', '_') + ")");
    }
    return v.strip();
  }

  /** Thrown at start-up for any invalid setting; the message names the setting. */
  public static final class ConfigException extends RuntimeException {
    public ConfigException(String message) {
      super(message);
    }
  }
}
