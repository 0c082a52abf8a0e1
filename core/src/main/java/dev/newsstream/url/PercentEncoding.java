package dev.newsstream.url;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Percent-encoding of URI components after RFC 3986: section 2.1 (encoding, hex case), 2.3 (unreserved
 * characters) and 6.2.2.2 (percent-encoding normalisation); non-ASCII characters are encoded as UTF-8 as RFC 3987
 * section 3.1 maps an IRI to a URI.
 */
final class PercentEncoding {
  private static final String UNRESERVED_PUNCTUATION = "-._~";
  /** gen-delims and sub-delims (RFC 3986 2.2): allowed raw, with meaning, so never changed. */
  private static final String RESERVED = ":/?#[]@!$&'()*+,;=";
  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  private PercentEncoding() {}

  static boolean isUnreserved(int c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
        || UNRESERVED_PUNCTUATION.indexOf(c) >= 0;
  }

  /**
   * {@code s} with every character a URI may not contain percent-encoded as UTF-8: non-ASCII, space, controls,
   * {@code "<>\^`{|}}, and a {@code %} that does not start an escape. Characters allowed in a URI are kept.
   */
  static String escapeIllegal(String s) {
    StringBuilder out = null;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      int next = i + Character.charCount(cp);
      boolean legal = cp < 0x80 && (isUnreserved(cp) || RESERVED.indexOf(cp) >= 0
          || (cp == '%' && i + 2 < s.length() && isHex(s.charAt(i + 1)) && isHex(s.charAt(i + 2))));
      if (!legal && out == null) {
        out = new StringBuilder(s.length() + 16).append(s, 0, i);
      }
      if (out != null) {
        if (legal) {
          out.appendCodePoint(cp);
        } else {
          for (byte b : new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8)) {
            appendEscape(out, b & 0xff);
          }
        }
      }
      i = next;
    }
    return out == null ? s : out.toString();
  }

  /** A component already free of illegal characters, with unreserved characters decoded and hex upper case. */
  static String normalise(String component) {
    if (component.indexOf('%') < 0) {
      return component;
    }
    StringBuilder out = new StringBuilder(component.length());
    for (int i = 0; i < component.length(); i++) {
      char c = component.charAt(i);
      if (c == '%' && i + 2 < component.length() && isHex(component.charAt(i + 1)) && isHex(component.charAt(i + 2))) {
        int b = Character.digit(component.charAt(i + 1), 16) * 16 + Character.digit(component.charAt(i + 2), 16);
        if (isUnreserved(b)) {
          out.append((char) b);
        } else {
          appendEscape(out, b);
        }
        i += 2;
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  /** Decodes every escape as UTF-8; throws IllegalArgumentException when the bytes are not UTF-8. */
  static String decodeUtf8(String s) {
    if (s.indexOf('%') < 0) {
      return s;
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '%' && i + 2 < s.length() && isHex(s.charAt(i + 1)) && isHex(s.charAt(i + 2))) {
        bytes.write(Character.digit(s.charAt(i + 1), 16) * 16 + Character.digit(s.charAt(i + 2), 16));
        i += 2;
      } else {
        byte[] b = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
        bytes.write(b, 0, b.length);
      }
    }
    try {
      return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes.toByteArray())).toString();
    } catch (CharacterCodingException e) {
      throw new IllegalArgumentException("percent-encoded bytes are not UTF-8");
    }
  }

  private static boolean isHex(char c) {
    return Character.digit(c, 16) >= 0 && c < 0x80;
  }

  private static void appendEscape(StringBuilder out, int b) {
    out.append('%').append(HEX[b >> 4]).append(HEX[b & 0xf]);
  }
}
