package dev.newsstream.streams.dedup;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import org.apache.kafka.common.utils.Bytes;

/**
 * Store keys and ids in half the bytes: article ids and band keys are hexadecimal (a SHA-256 prefix; a band
 * number and MinHash values), so they are stored as the bytes the hex spells, e.g. a 32-character id as 16 bytes.
 * As a store key, anything else (never produced by the pipeline) is UTF-8 after the byte 0xFF; in theory that
 * could equal a hex key starting with ff, which is why the pipeline's ids and band keys are always hex.
 */
public final class CompactKeys {
  private static final HexFormat HEX = HexFormat.of();
  private static final byte TEXT = (byte) 0xFF;
  private static final int TEXT_ID = 128;
  /** Flag on an id's length byte: a reference to another body of the article, followed by its 4-byte tag. */
  private static final int OTHER_BODY_FLAG = 64;
  private static final int TAG_DIGITS = 8;

  private CompactKeys() {}

  /** The compact form: hex digits (a ':' separator is dropped) as bytes, else marker + UTF-8. */
  public static Bytes of(String key) {
    String tag = tagOf(key);
    if (tag != null) {
      // id bytes then tag bytes (12 for a short reference, BandIndex.shortRef): a length no id or band key has.
      return Bytes.wrap(HEX.parseHex(BandIndex.idOf(key) + tag));
    }
    String digits = key.replace(":", "");
    if (isLowerHex(digits)) {
      return Bytes.wrap(HEX.parseHex(digits));
    }
    byte[] utf = key.getBytes(StandardCharsets.UTF_8);
    byte[] out = new byte[utf.length + 1];
    out[0] = TEXT;
    System.arraycopy(utf, 0, out, 1, utf.length);
    return Bytes.wrap(out);
  }

  /**
   * Writes an id unambiguously: a length byte below 64 and the bytes its hex spells (+ 64 on the length byte and
   * 4 tag bytes after for a reference to another body, {@link BandIndex#refOf}), or the byte 128 and the id as
   * modified UTF-8 (any id that is not short lower-case hex).
   */
  static void writeId(DataOutputStream out, String id) throws IOException {
    String hex = BandIndex.idOf(id);
    String tag = tagOf(id);
    if (isLowerHex(hex) && hex.length() / 2 < OTHER_BODY_FLAG && (tag != null || hex.equals(id))) {
      out.writeByte(hex.length() / 2 | (tag == null ? 0 : OTHER_BODY_FLAG));
      out.write(HEX.parseHex(hex));
      if (tag != null) {
        out.write(HEX.parseHex(tag));
      }
    } else {
      out.writeByte(TEXT_ID);
      out.writeUTF(id);
    }
  }

  static String readId(DataInputStream in) throws IOException {
    int n = in.readUnsignedByte();
    if (n == TEXT_ID) {
      return in.readUTF();
    }
    String hex = HEX.formatHex(in.readNBytes(n & ~OTHER_BODY_FLAG));
    return (n & OTHER_BODY_FLAG) == 0 ? hex
        : hex + BandIndex.OTHER_BODY + HEX.formatHex(in.readNBytes(TAG_DIGITS / 2));
  }

  /** The tag of a reference to another body (id#tag, both lower-case hex), else null. */
  private static String tagOf(String ref) {
    int at = ref.indexOf(BandIndex.OTHER_BODY);
    if (at < 0) {
      return null;
    }
    String tag = ref.substring(at + 1);
    return tag.length() == TAG_DIGITS && isLowerHex(tag) && isLowerHex(ref.substring(0, at)) ? tag : null;
  }

  /** Hex digits of a content hash kept in the URL and content stores: 128 bits. */
  public static final int HASH_DIGITS = 32;

  /**
   * A content hash (SHA-256 in hex) cut to its first 128 bits for the URL and content stores, which only test two
   * bodies for equality: a chance collision among 10 million bodies has probability about 10⁻²⁵, and it saves
   * 16 bytes in each store. Anything else (not lower-case hex, or already short) stays whole.
   */
  public static String hashPrefix(String contentHash) {
    return contentHash.length() > HASH_DIGITS && isLowerHex(contentHash)
        ? contentHash.substring(0, HASH_DIGITS) : contentHash;
  }

  private static boolean isLowerHex(String s) {
    if (s.isEmpty() || s.length() % 2 != 0) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) {
        return false;
      }
    }
    return true;
  }
}
