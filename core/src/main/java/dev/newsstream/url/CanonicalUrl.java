package dev.newsstream.url;

import java.net.IDN;
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
 * A URL normalised so that the same article fetched through different links gets the same key. Syntax-based
 * normalisation after RFC 3986 section 6.2.2 plus IDNA for the host:
 * <ul>
 *   <li>scheme and host lower case; an internationalised host becomes its ASCII (punycode) form with
 *       {@link IDN#toASCII} (IDNA 2003, RFC 3490), whether it was written raw or percent-encoded;</li>
 *   <li>percent-encoding: hex digits upper case, encoded unreserved characters ({@code A-Z a-z 0-9 - . _ ~})
 *       decoded, raw non-ASCII and other characters not allowed in a URI encoded as UTF-8 (RFC 3987 3.1);</li>
 *   <li>dot segments removed (RFC 3986 5.2.4), empty path is {@code /};</li>
 *   <li>scheme-based: no default port, no fragment, no user info; tracking parameters dropped and the query's
 *       parameters sorted.</li>
 * </ul>
 * Reserved characters keep their spelling: {@code %2F} and {@code /} name different resources.
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
    String trimmed = raw.strip();
    int fragment = trimmed.indexOf('#');
    String escaped = PercentEncoding.escapeIllegal(fragment < 0 ? trimmed : trimmed.substring(0, fragment));
    URI uri;
    try {
      uri = new URI(escaped);
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("Not a valid URL: " + abbreviate(raw) + " (" + e.getReason() + ")");
    }
    String scheme = uri.getScheme() == null ? null : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!"http".equals(scheme) && !"https".equals(scheme)) {
      throw new IllegalArgumentException("Not an http(s) URL: " + abbreviate(raw));
    }
    String host = uri.getHost();
    int port = uri.getPort();
    if (host == null && uri.getRawAuthority() != null) {
      // java.net.URI takes only ASCII host names; anything else (IDN, percent-encoded) is a registry authority.
      String[] hostPort = splitAuthority(uri.getRawAuthority(), raw);
      host = asciiHost(hostPort[0], raw);
      port = hostPort[1].isEmpty() ? -1 : Integer.parseInt(hostPort[1]);
    }
    if (host == null || host.isEmpty()) {
      throw new IllegalArgumentException("URL has no host: " + abbreviate(raw));
    }
    host = host.toLowerCase(Locale.ROOT);
    if (host.endsWith(".")) {
      host = host.substring(0, host.length() - 1);
    }
    boolean defaultPort = port == -1 || ("http".equals(scheme) && port == 80) || ("https".equals(scheme) && port == 443);
    String rawPath = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
    String path = removeDotSegments(PercentEncoding.normalise(rawPath));
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

  /** {@code [host, port digits or ""]} of a raw authority; user info dropped. */
  private static String[] splitAuthority(String authority, String raw) {
    String hostPort = authority.substring(authority.lastIndexOf('@') + 1);
    int colon = hostPort.lastIndexOf(':');
    if (colon < 0 || hostPort.startsWith("[")) {
      return new String[] {hostPort, ""};
    }
    String port = hostPort.substring(colon + 1);
    if (!port.chars().allMatch(c -> c >= '0' && c <= '9') || port.length() > 5 || (!port.isEmpty()
        && Integer.parseInt(port) > 65535)) {
      throw new IllegalArgumentException("Not a valid URL: " + abbreviate(raw) + " (bad port)");
    }
    return new String[] {hostPort.substring(0, colon), port};
  }

  /** The ASCII form of a host given as Unicode, raw or percent-encoded as UTF-8, checked as an RFC 3986 host. */
  private static String asciiHost(String rawHost, String raw) {
    try {
      String unicode = PercentEncoding.decodeUtf8(rawHost);
      if (unicode.endsWith(".")) {
        unicode = unicode.substring(0, unicode.length() - 1);
      }
      String ascii = IDN.toASCII(unicode, IDN.ALLOW_UNASSIGNED | IDN.USE_STD3_ASCII_RULES);
      if (ascii.isEmpty() || new URI("http", null, ascii, -1, "/", null, null).getHost() == null) {
        throw new IllegalArgumentException("URL has no host: " + abbreviate(raw));
      }
      return ascii;
    } catch (IllegalArgumentException | URISyntaxException e) {
      throw new IllegalArgumentException("URL has no valid host: " + abbreviate(raw) + " (" + e.getMessage() + ")");
    }
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

  /**
   * {@link #site()} as people read it: an internationalised domain name in its Unicode form
   * ({@code zeitung-müritz.example}, not {@code xn--zeitung-mritz-4ob.example}; {@link DisplayHost}). For fields a
   * person reads (an article's site, a story's sites); ids, comparisons and URLs use the ASCII form.
   */
  public String displaySite() {
    return DisplayHost.of(site());
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
    for (String pair : PercentEncoding.normalise(rawQuery).split("&")) {
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

  /**
   * RFC 3986 5.2.4 for an absolute path. Not {@link URI#normalize}: that keeps a leading {@code /..} (RFC 2396)
   * and merges empty segments, which name other resources.
   */
  static String removeDotSegments(String path) {
    if (!path.contains(".")) {
      return path;
    }
    List<String> out = new ArrayList<>();
    String[] segments = path.split("/", -1);
    for (int i = 1; i < segments.length; i++) { // segments[0] is "" before the leading slash
      String segment = segments[i];
      boolean last = i == segments.length - 1;
      if (segment.equals(".") || segment.equals("..")) {
        if (segment.equals("..") && !out.isEmpty()) {
          out.remove(out.size() - 1);
        }
        if (last) {
          out.add(""); // "/a/b/.." is "/a/": the directory, with its trailing slash
        }
        continue;
      }
      out.add(segment);
    }
    return "/" + String.join("/", out);
  }

  private static String abbreviate(String s) {
    return s.length() > 120 ? s.substring(0, 117) + "..." : s;
  }
}
