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
  private static final int STALE_FLAG = 64;

  private CompactKeys() {}

  /** The compact form: hex digits (a ':' separator is dropped) as bytes, else marker + UTF-8. */
  public static Bytes of(String key) {
    if (key.endsWith(BandIndex.STALE) && isLowerHex(BandIndex.idOf(key))) {
      byte[] hex = HEX.parseHex(BandIndex.idOf(key));
      byte[] out = java.util.Arrays.copyOf(hex, hex.length + 1);
      out[hex.length] = 's';
      return Bytes.wrap(out);
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
   * Writes an id unambiguously: a length byte below 64 (+ 64 for a stale-version reference, id + "#s") and the
   * bytes its hex spells, or the byte 128 and the id as modified UTF-8 (any id that is not short lower-case hex).
   */
  static void writeId(DataOutputStream out, String id) throws IOException {
    String hex = BandIndex.idOf(id);
    if (isLowerHex(hex) && hex.length() / 2 < STALE_FLAG) {
      out.writeByte(hex.length() / 2 | (hex.equals(id) ? 0 : STALE_FLAG));
      out.write(HEX.parseHex(hex));
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
    String hex = HEX.formatHex(in.readNBytes(n & ~STALE_FLAG));
    return (n & STALE_FLAG) != 0 ? hex + BandIndex.STALE : hex;
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
