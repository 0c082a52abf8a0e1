package dev.newsstream.url;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A URL normalised so that the same article fetched through different links gets the same key:
 * lower-case scheme and host, no fragment, no default port, no tracking parameters, sorted query.
 */
public final class CanonicalUrl {
  private static final Set<String> TRACKING_PARAMS = Set.of(
      "fbclid", "gclid", "dclid", "gbraid", "wbraid", "msclkid", "yclid", "mc_cid", "mc_eid", "igshid",
      "_ga", "_gl", "ref_src", "ref_url", "cmpid", "ncid", "ocid", "smid", "sr_share", "at_medium",
      "at_campaign", "rss", "cid", "s_cid", "spm", "share", "mkt_tok", "oly_anon_id", "oly_enc_id", "vero_id",
      "__twitter_impression", "guccounter", "guce_referrer", "guce_referrer_sig");

  private final String value;

  private CanonicalUrl(String value) {
    this.value = value;
  }

  /** Parses and normalises; throws IllegalArgumentException with the reason for anything not http(s). */
  public static CanonicalUrl of(String raw) {
    if (raw == null || raw.isBlank()) {
      throw new IllegalArgumentException("URL is empty");
    }
    String trimmed = raw.strip().replace(" ", "%20");
    URI uri;
    try {
      uri = new URI(trimmed);
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("Not a valid URL: " + abbreviate(raw) + " (" + e.getReason() + ")");
    }
    String scheme = uri.getScheme() == null ? null : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!"http".equals(scheme) && !"https".equals(scheme)) {
      throw new IllegalArgumentException("Not an http(s) URL: " + abbreviate(raw));
    }
    String host = uri.getHost();
    if (host == null || host.isEmpty()) {
      throw new IllegalArgumentException("URL has no host: " + abbreviate(raw));
    }
    host = host.toLowerCase(Locale.ROOT);
    if (host.endsWith(".")) {
      host = host.substring(0, host.length() - 1);
    }
    int port = uri.getPort();
    boolean defaultPort = port == -1 || ("http".equals(scheme) && port == 80) || ("https".equals(scheme) && port == 443);
    String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : removeDotSegments(uri.getRawPath());
    String query = normaliseQuery(uri.getRawQuery());
    StringBuilder sb = new StringBuilder(scheme).append("://").append(host);
    if (!defaultPort) {
      sb.append(':').append(port);
    }
    sb.append(path);
    if (!query.isEmpty()) {
      sb.append('?').append(query);
    }
    return new CanonicalUrl(sb.toString());
  }

  /** True when {@code raw} can be canonicalised. */
  public static boolean isValid(String raw) {
    try {
      of(raw);
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  public String host() {
    return URI.create(value).getHost();
  }

  /** Registrable-ish site: host without a leading "www.", "m." or "amp.". */
  public String site() {
    String host = host();
    for (String prefix : List.of("www.", "m.", "amp.", "mobile.")) {
      if (host.startsWith(prefix) && host.length() > prefix.length() + 3) {
        return host.substring(prefix.length());
      }
    }
    return host;
  }

  /** True when both URLs belong to the same site (ignoring www./m. prefixes). */
  public boolean sameSiteAs(CanonicalUrl other) {
    return site().equals(other.site());
  }

  /** Stable article id: first 128 bits of SHA-256 of the canonical URL, hex. */
  public String id() {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public String toString() {
    return value;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof CanonicalUrl other && other.value.equals(value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  private static String normaliseQuery(String rawQuery) {
    if (rawQuery == null || rawQuery.isEmpty()) {
      return "";
    }
    List<String> kept = new ArrayList<>();
    for (String pair : rawQuery.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      String name = pair.contains("=") ? pair.substring(0, pair.indexOf('=')) : pair;
      String lower = name.toLowerCase(Locale.ROOT);
      if (lower.startsWith("utm_") || lower.startsWith("hsa_") || lower.startsWith("pk_") || TRACKING_PARAMS.contains(lower)) {
        continue;
      }
      kept.add(pair);
    }
    kept.sort(null);
    return String.join("&", kept);
  }

  // RFC 3986 5.2.4, enough for paths like /a/./b/../c
  private static String removeDotSegments(String path) {
    if (!path.contains("./")) {
      return path;
    }
    List<String> out = new ArrayList<>();
    for (String segment : path.split("/", -1)) {
      if (segment.equals(".")) {
        continue;
      }
      if (segment.equals("..")) {
        if (out.size() > 1) {
          out.remove(out.size() - 1);
        }
        continue;
      }
      out.add(segment);
    }
    String joined = String.join("/", out);
    return joined.startsWith("/") ? joined : "/" + joined;
  }

  private static String abbreviate(String s) {
    return s.length() > 120 ? s.substring(0, 117) + "..." : s;
  }
}
