package dev.newsstream.producer.ingest;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import javax.net.ssl.SSLContext;

/**
 * Who may push pages: an optional bearer token (compared in constant time; never logged or echoed) and optional
 * TLS. {@link #bindRefusal} is the start-up rule: loopback is open; any other address needs a token unless the
 * operator explicitly accepts an open port ({@code --insecure-bind}).
 */
public record IngestAccess(String bearerToken, SSLContext tls) {
  public static IngestAccess open() {
    return new IngestAccess(null, null);
  }

  public IngestAccess {
    if (bearerToken != null && bearerToken.isBlank()) {
      bearerToken = null;
    }
  }

  @Override
  public String toString() {
    // Records print their fields: keep the token out of any log line.
    return "IngestAccess[token " + (bearerToken == null ? "none" : "set") + ", tls " + (tls != null) + "]";
  }

  /** Whether an {@code Authorization} header value lets a request through. */
  public boolean authorised(String authorization) {
    if (bearerToken == null) {
      return true;
    }
    if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
      return false;
    }
    return MessageDigest.isEqual(authorization.substring(7).strip().getBytes(StandardCharsets.UTF_8),
        bearerToken.getBytes(StandardCharsets.UTF_8));
  }

  /** Null when binding {@code host} is allowed, else why not (the message tells how to proceed). */
  public String bindRefusal(String host, boolean insecureBind) {
    if (isLoopback(host) || bearerToken != null || insecureBind) {
      return null;
    }
    return "refusing to bind " + host + " without a bearer token: anyone who can reach the port could inject pages. "
        + "Set ingest.token (or NEWSSTREAM_INGEST_TOKEN), bind 127.0.0.1, or pass --insecure-bind to accept that";
  }

  static boolean isLoopback(String host) {
    try {
      return InetAddress.getByName(host).isLoopbackAddress();
    } catch (UnknownHostException e) {
      return false;
    }
  }
}
