package dev.newsstream.config;

import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Whether the bootstrap addresses speak the Kafka protocol at all, asked before any Kafka client is created. A Kafka
 * client pointed at an HTTP port (the schema registry's, a metrics port) reads the first four bytes of the HTTP
 * reply ("HTTP" = 1,213,486,160) as a frame size and allocates that much: an OutOfMemoryError stack trace per
 * attempt instead of one line. Shared by every command that takes {@code -b} (run, produce, ingest, lag).
 *
 * <p>The probe sends one Kafka ApiVersions request (version 0: every broker answers it, with an error code and its
 * version ranges when it wants a newer one) whose client id ends in CR LF CR LF. A broker takes that as a client id
 * and answers with a frame carrying our correlation id; an HTTP server takes the bytes as a malformed request head
 * and answers at once with {@code HTTP/1.1 400}. Only a positive finding is reported: an address that refuses,
 * stays silent or closes is left to the callers' own reachability checks, which word those cases already. Only
 * PLAINTEXT and SASL_PLAINTEXT listeners are probed (ApiVersions comes before SASL authentication); a TLS
 * listener would answer plaintext bytes with a TLS alert, so SSL and SASL_SSL are not probed.
 */
public final class KafkaProtocolProbe {
  /**
   * Connect and answer bound per address. A broker or an HTTP server answers within milliseconds, so only a silent
   * or black-holed address waits this long; 2 s once proved too short for a registry on a machine at load 25.
   */
  public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(5);
  private static final int CORRELATION_ID = 0x6e730000 + 0x7072; // no CR/LF bytes: only the client id ends the head
  private static final byte[] CLIENT_ID = "newsstream-protocol-probe\r\n\r\n".getBytes(StandardCharsets.US_ASCII);
  /** Kafka's default socket.request.max.bytes; a frame announced larger than this is no Kafka answer to ApiVersions. */
  private static final int MAX_ANSWER_BYTES = 100 * 1024 * 1024;

  private KafkaProtocolProbe() {}

  /**
   * One line (no "error: " prefix) when an address of {@code bootstrapServers} answers with something other than
   * the Kafka protocol, else empty (Kafka answered, or nothing could be learnt: refused, silent, closed, TLS).
   *
   * @param bootstrapServers comma-separated host:port, optionally with a listener prefix (PLAINTEXT://host:port)
   * @param clientProperties the client's settings; only {@code security.protocol} is read
   */
  public static Optional<String> notKafka(String bootstrapServers, Map<?, ?> clientProperties, Duration timeout) {
    Object protocol = clientProperties == null ? null : clientProperties.get("security.protocol");
    String p = protocol == null ? "PLAINTEXT" : protocol.toString().strip().toUpperCase(Locale.ROOT);
    if (!p.equals("PLAINTEXT") && !p.equals("SASL_PLAINTEXT")) {
      return Optional.empty();
    }
    if (bootstrapServers == null) {
      return Optional.empty();
    }
    for (String server : bootstrapServers.split(",")) {
      Optional<InetSocketAddress> address = address(server.strip());
      if (address.isEmpty()) {
        continue;
      }
      Optional<String> problem = probe(address.get(), server.strip().replaceFirst("^[A-Za-z_]+://", ""), timeout);
      if (problem.isPresent()) {
        return problem;
      }
    }
    return Optional.empty();
  }

  /** host:port (IPv6 in brackets) after an optional listener prefix; empty when it is not of that shape. */
  static Optional<InetSocketAddress> address(String server) {
    String s = server.replaceFirst("^[A-Za-z_]+://", "");
    int colon = s.lastIndexOf(':');
    if (colon <= 0 || colon == s.length() - 1) {
      return Optional.empty();
    }
    String host = s.substring(0, colon);
    if (host.startsWith("[") && host.endsWith("]")) {
      host = host.substring(1, host.length() - 1);
    }
    try {
      int port = Integer.parseInt(s.substring(colon + 1));
      return port < 1 || port > 65535 ? Optional.empty() : Optional.of(new InetSocketAddress(host, port));
    } catch (IllegalArgumentException e) { // not a number, or a port out of range
      return Optional.empty();
    }
  }

  static Optional<String> probe(InetSocketAddress address, String name, Duration timeout) {
    if (address.isUnresolved()) {
      return Optional.empty(); // an unknown host name: the clients' own check says so
    }
    byte[] answer;
    try (Socket socket = new Socket()) {
      socket.connect(address, (int) timeout.toMillis());
      socket.setSoTimeout((int) timeout.toMillis());
      DataOutputStream out = new DataOutputStream(socket.getOutputStream());
      out.writeInt(2 + 2 + 4 + 2 + CLIENT_ID.length); // frame size
      out.writeShort(18); // api key: ApiVersions
      out.writeShort(0); // api version 0
      out.writeInt(CORRELATION_ID);
      out.writeShort(CLIENT_ID.length);
      out.write(CLIENT_ID);
      out.flush();
      answer = readUpTo(socket.getInputStream(), 16);
    } catch (IOException e) {
      return Optional.empty(); // refused, unreachable, reset: not ours to word
    }
    return verdict(answer, name);
  }

  /** What the first bytes of the answer say; empty when they are a Kafka answer or too few to tell. */
  static Optional<String> verdict(byte[] answer, String name) {
    String ascii = new String(answer, StandardCharsets.ISO_8859_1);
    if (ascii.startsWith("HTTP/")) {
      return Optional.of(name + " answers HTTP, not the Kafka protocol: is it the registry's address?");
    }
    if (answer.length < 8) {
      return Optional.empty();
    }
    ByteBuffer b = ByteBuffer.wrap(answer);
    int size = b.getInt();
    int correlation = b.getInt();
    if (size >= 4 && size <= MAX_ANSWER_BYTES && correlation == CORRELATION_ID) {
      return Optional.empty();
    }
    return Optional.of(name + " answers, but not with the Kafka protocol (it sent \"" + printable(ascii) + "\")");
  }

  private static byte[] readUpTo(InputStream in, int n) throws IOException {
    byte[] buf = new byte[n];
    int got = 0;
    try {
      while (got < n) {
        int r = in.read(buf, got, n - got);
        if (r < 0) {
          break;
        }
        got += r;
      }
    } catch (SocketTimeoutException silent) {
      // Whatever came before the timeout is all there is.
    }
    return java.util.Arrays.copyOf(buf, got);
  }

  private static String printable(String s) {
    StringBuilder out = new StringBuilder();
    for (char c : s.toCharArray()) {
      out.append(c >= 0x20 && c < 0x7f ? c : '.');
    }
    return out.toString();
  }
}
