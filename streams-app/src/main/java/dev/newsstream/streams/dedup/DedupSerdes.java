package dev.newsstream.streams.dedup;

import dev.newsstream.schema.Article;
import dev.newsstream.streams.dedup.DedupMessages.BandProbe;
import dev.newsstream.streams.dedup.DedupMessages.BandReply;
import dev.newsstream.streams.dedup.DedupMessages.ContentOwner;
import dev.newsstream.streams.dedup.DedupMessages.Correction;
import dev.newsstream.streams.dedup.DedupMessages.DecisionInput;
import dev.newsstream.streams.dedup.DedupMessages.PendingArticle;
import dev.newsstream.streams.dedup.DedupMessages.PendingDecision;
import dev.newsstream.streams.dedup.DedupMessages.Verdict;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.utils.Bytes;

/**
 * Compact binary serdes for the dedup stage's internal topics and stores (never read outside this app).
 * Each starts with a format byte so a later format can be told apart from this one.
 */
public final class DedupSerdes {
  // 2: band shards, signatures stored once per article, corrections; 3: compact store values (ids and hashes as
  // bytes, small numbers as varints, last-seen times in seconds, every body of an article, 64-bit bucket ids)
  private static final byte FORMAT = 3;
  // 4: the in-flight messages and pending decisions of issue 16 item 5 (band probes carry the content hash to the
  // shard that checks bodies, replies say whether they checked it, the article stored apart from its pending
  // decision). The long-lived stores keep format 3.
  private static final byte MESSAGE_FORMAT = 4;
  // 5: stored signatures list the bands whose buckets hold them; the buckets are no longer a store (issue 16 item 5,
  // session 7: they are rebuilt in memory from the signatures).
  // 6: stored signatures and band probes carry the body print (StoredSignature#bodyPrint): a band task tells exact
  // copies apart and corrects them as SAME_CONTENT (session 9 review); order times are packed ranks (OrderTime).
  private static final byte SIGNATURE_FORMAT = 6;
  private static final byte PROBE_FORMAT = 6;
  private final Serde<Article> articles;

  public DedupSerdes(Serde<Article> articles) {
    this.articles = articles;
  }

  interface Writer<T> {
    void write(DataOutputStream out, T value) throws IOException;
  }

  interface Reader<T> {
    T read(DataInputStream in) throws IOException;
  }

  static <T> Serde<T> serde(Writer<T> writer, Reader<T> reader) {
    return serde(FORMAT, writer, reader);
  }

  static <T> Serde<T> serde(byte format, Writer<T> writer, Reader<T> reader) {
    return Serdes.serdeFrom((topic, value) -> {
      if (value == null) {
        return null;
      }
      ByteArrayOutputStream bytes = new ByteArrayOutputStream(64);
      try (DataOutputStream out = new DataOutputStream(bytes)) {
        out.writeByte(format);
        writer.write(out, value);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return bytes.toByteArray();
    }, (topic, data) -> {
      if (data == null) {
        return null;
      }
      try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(data))) {
        byte found = in.readByte();
        if (found != format) {
          throw new IllegalArgumentException("unknown dedup record format " + found + " on " + topic);
        }
        return reader.read(in);
      } catch (IOException e) {
        throw new UncheckedIOException("corrupt dedup record on " + topic, e);
      }
    });
  }

  /** Content hash as the 32 bytes its hex spells, version as a varint, last seen in seconds: 63 bytes. */
  public static Serde<UrlState> urlState() {
    return serde((out, s) -> {
      CompactKeys.writeId(out, s.contentHash());
      writeVarInt(out, s.version());
      out.writeLong(s.modifiedAt());
      out.writeLong(s.fetchedAt());
      out.writeLong(s.firstSeen());
      writeSeconds(out, s.lastSeen());
    }, in -> new UrlState(CompactKeys.readId(in), readVarInt(in), in.readLong(), in.readLong(), in.readLong(),
        readSeconds(in)));
  }

  public static Serde<ContentOwner> contentOwner() {
    return serde((out, c) -> {
      CompactKeys.writeId(out, c.id());
      writeVarInt(out, c.version());
      out.writeLong(c.orderTime());
      writeSeconds(out, c.lastSeen());
    }, in -> new ContentOwner(CompactKeys.readId(in), readVarInt(in), in.readLong(), readSeconds(in)));
  }

  /**
   * The full reference, version (varint), order time, seen at (seconds), the signature bytes (count first), then the
   * bands whose buckets hold the body: count, then each band key compact ({@link CompactKeys}), length first; then
   * the body print (8 bytes, {@link StoredSignature#bodyPrint}). Format
   * {@link #SIGNATURE_FORMAT}: the buckets are rebuilt from these records.
   */
  public static Serde<StoredSignature> storedSignature() {
    return serde(SIGNATURE_FORMAT, (out, s) -> {
      CompactKeys.writeId(out, s.ref());
      writeVarInt(out, s.version());
      out.writeLong(s.orderTime());
      writeSeconds(out, s.seenAt());
      writeVarInt(out, s.lowBits().length);
      out.write(s.lowBits());
      writeVarInt(out, s.bands().size());
      for (Bytes band : s.bands()) {
        byte[] key = band.get();
        writeVarInt(out, key.length);
        out.write(key);
      }
      out.writeLong(s.body());
      writeEnding(out, s.ending());
    }, in -> {
      String ref = CompactKeys.readId(in);
      int version = readVarInt(in);
      long orderTime = in.readLong();
      long seenAt = readSeconds(in);
      byte[] low = in.readNBytes(readVarInt(in));
      int n = readVarInt(in);
      List<Bytes> bands = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        bands.add(Bytes.wrap(in.readNBytes(readVarInt(in))));
      }
      long body = in.readLong();
      return new StoredSignature(ref, version, orderTime, seenAt, low, bands, body, readEnding(in));
    });
  }

  /** Id, version, band bits, order time, signature, stale flag, then the content hash or "" (none). */
  public static Serde<BandProbe> bandProbe() {
    return serde(PROBE_FORMAT, (out, p) -> {
      out.writeUTF(p.id());
      out.writeInt(p.version());
      out.writeLong(p.bands());
      out.writeLong(p.orderTime());
      writeSignature(out, p.signature());
      out.writeBoolean(p.stale());
      out.writeUTF(p.contentHash() == null ? "" : p.contentHash());
      out.writeLong(p.body());
      writeEnding(out, p.signature().ending());
    }, in -> {
      BandProbe p = new BandProbe(in.readUTF(), in.readInt(), in.readLong(), in.readLong(), readSignature(in),
          in.readBoolean(), null);
      String hash = in.readUTF();
      long body = in.readLong();
      return new BandProbe(p.id(), p.version(), p.bands(), p.orderTime(), p.signature().withEnding(readEnding(in)),
          p.stale(), hash.isEmpty() ? null : hash, body);
    });
  }

  /**
   * Version (varint), canonical URL, flags (1: has an original, 2: exact, 4: has a page time, 8: the page time is
   * outside 1970-2106), the original, seen at (seconds), page time (seconds, when flag 4; epoch ms as 8 bytes when
   * flags 4 and 8: a stated date before 1970 or after 2106 would otherwise come back as another time in correction
   * notices). Values written before flag 4 existed read with no page time.
   */
  public static Serde<Verdict> verdict() {
    return serde((out, v) -> {
      writeVarInt(out, v.version());
      out.writeUTF(v.canonicalUrl());
      boolean wide = v.pageTime() != null && !fitsSeconds(v.pageTime());
      out.writeByte((v.original() == null ? 0 : 1) | (v.exact() ? 2 : 0) | (v.pageTime() == null ? 0 : 4)
          | (wide ? 8 : 0));
      if (v.original() != null) {
        CompactKeys.writeId(out, v.original().id());
        out.writeLong(v.original().orderTime());
        out.writeFloat((float) v.original().similarity());
      }
      writeSeconds(out, v.seenAt());
      if (wide) {
        out.writeLong(v.pageTime());
      } else if (v.pageTime() != null) {
        writeSeconds(out, v.pageTime());
      }
    }, in -> {
      int version = readVarInt(in);
      String canonicalUrl = in.readUTF();
      int flags = in.readUnsignedByte();
      NearMatch original = (flags & 1) == 0 ? null
          : new NearMatch(CompactKeys.readId(in), in.readLong(), in.readFloat());
      long seenAt = readSeconds(in);
      return new Verdict(version, canonicalUrl, original, (flags & 2) != 0, seenAt,
          (flags & 4) == 0 ? null : (flags & 8) != 0 ? in.readLong() : readSeconds(in));
    });
  }

  public Serde<PendingArticle> pendingArticle() {
    return serde(MESSAGE_FORMAT, this::writePending, this::readPending);
  }

  public Serde<DecisionInput> decisionInput() {
    return serde(MESSAGE_FORMAT, (out, d) -> {
      if (d.article() != null) {
        out.writeByte('A');
        writePending(out, d.article());
      } else if (d.reply() != null) {
        out.writeByte('R');
        out.writeUTF(d.reply().decisionKey());
        out.writeLong(d.reply().bands());
        writeMatches(out, d.reply().matches());
        writeOptionalMatch(out, d.reply().sameContent());
        out.writeBoolean(d.reply().contentChecked());
      } else {
        out.writeByte('C');
        out.writeUTF(d.correction().id());
        out.writeInt(d.correction().version());
        writeMatches(out, List.of(d.correction().original()));
        out.writeBoolean(d.correction().exact());
      }
    }, in -> switch (in.readByte()) {
      case 'A' -> DecisionInput.of(readPending(in));
      case 'R' -> DecisionInput.of(new BandReply(in.readUTF(), in.readLong(), readMatches(in),
          readOptionalMatch(in), in.readBoolean()));
      case 'C' -> DecisionInput.of(new Correction(in.readUTF(), in.readInt(), readMatches(in).get(0), in.readBoolean()));
      default -> throw new IOException("unknown decision input tag");
    });
  }

  /** The small part of a pending decision (the article waits in its own store): no Avro, tens of bytes. */
  public static Serde<PendingDecision> pendingDecision() {
    return serde(MESSAGE_FORMAT, (out, p) -> {
      out.writeByte((p.hasArticle() ? 1 : 0) | (p.contentChecked() ? 2 : 0));
      out.writeLong(p.bandsReplied());
      writeMatches(out, p.matches());
      writeOptionalMatch(out, p.sameContent());
      out.writeLong(p.createdAt());
    }, in -> {
      int flags = in.readUnsignedByte();
      return new PendingDecision((flags & 1) != 0, in.readLong(), (flags & 2) != 0, readMatches(in),
          readOptionalMatch(in), in.readLong());
    });
  }

  private void writePending(DataOutputStream out, PendingArticle p) throws IOException {
    byte[] avro = articles.serializer().serialize("", p.article());
    out.writeLong(p.orderTime());
    out.writeBoolean(p.registerOnly());
    out.writeInt(avro.length);
    out.write(avro);
  }

  private PendingArticle readPending(DataInputStream in) throws IOException {
    long orderTime = in.readLong();
    boolean registerOnly = in.readBoolean();
    byte[] avro = in.readNBytes(in.readInt());
    return new PendingArticle(articles.deserializer().deserialize("", avro), orderTime, registerOnly);
  }

  private static void writeOptionalMatch(DataOutputStream out, NearMatch m) throws IOException {
    writeMatches(out, m == null ? List.of() : List.of(m));
  }

  private static NearMatch readOptionalMatch(DataInputStream in) throws IOException {
    List<NearMatch> m = readMatches(in);
    return m.isEmpty() ? null : m.get(0);
  }

  private static void writeMatches(DataOutputStream out, List<NearMatch> matches) throws IOException {
    out.writeShort(matches.size());
    for (NearMatch m : matches) {
      out.writeUTF(m.id());
      out.writeLong(m.orderTime());
      out.writeDouble(m.similarity());
    }
  }

  private static List<NearMatch> readMatches(DataInputStream in) throws IOException {
    int n = in.readUnsignedShort();
    List<NearMatch> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      out.add(new NearMatch(in.readUTF(), in.readLong(), in.readDouble()));
    }
    return List.copyOf(out);
  }

  /** Unsigned LEB128: versions are small, one byte up to 127. */
  static void writeVarInt(DataOutputStream out, int value) throws IOException {
    int v = value;
    while ((v & ~0x7F) != 0) {
      out.writeByte((v & 0x7F) | 0x80);
      v >>>= 7;
    }
    out.writeByte(v);
  }

  static int readVarInt(DataInputStream in) throws IOException {
    int value = 0;
    for (int shift = 0; shift < 35; shift += 7) {
      int b = in.readUnsignedByte();
      value |= (b & 0x7F) << shift;
      if ((b & 0x80) == 0) {
        return value;
      }
    }
    throw new IOException("varint too long");
  }

  /**
   * An epoch-millisecond time kept only for the horizon sweep (last seen), in whole seconds as an unsigned
   * 32-bit number (until 2106): 4 bytes instead of 8, and a sweep does not need milliseconds.
   */
  static void writeSeconds(DataOutputStream out, long epochMillis) throws IOException {
    out.writeInt((int) Math.floorDiv(Math.max(0L, epochMillis), 1000L));
  }

  /** Whether {@link #writeSeconds} keeps {@code epochMillis} (to the second): 1970 to 2106. */
  static boolean fitsSeconds(long epochMillis) {
    return epochMillis >= 0 && Math.floorDiv(epochMillis, 1000L) <= 0xFFFF_FFFFL;
  }

  static long readSeconds(DataInputStream in) throws IOException {
    return Integer.toUnsignedLong(in.readInt()) * 1000L;
  }

  /**
   * {@link BodyEnding}, last in a signature record and a probe: shingle and paragraph counts (varints), the number
   * of ending paragraphs kept (a byte), then per paragraph its hash (4 bytes) and cumulative shingle count
   * (varint); about 20 bytes. Nothing for {@link BodyEnding#NONE}, and a record that ends before it (written before
   * session 10) reads as NONE: no change of format byte, no upgrade step (such bodies are judged as before).
   */
  private static void writeEnding(DataOutputStream out, BodyEnding e) throws IOException {
    if (e.equals(BodyEnding.NONE)) {
      return;
    }
    writeVarInt(out, e.shingles());
    writeVarInt(out, e.paragraphs());
    out.writeByte(e.hashes().length);
    for (int i = 0; i < e.hashes().length; i++) {
      out.writeInt(e.hashes()[i]);
      writeVarInt(out, e.suffixShingles()[i]);
    }
  }

  private static BodyEnding readEnding(DataInputStream in) throws IOException {
    if (in.available() == 0) {
      return BodyEnding.NONE;
    }
    int shingles = readVarInt(in);
    int paragraphs = readVarInt(in);
    int[] hashes = new int[in.readUnsignedByte()];
    int[] suffix = new int[hashes.length];
    for (int i = 0; i < hashes.length; i++) {
      hashes[i] = in.readInt();
      suffix[i] = readVarInt(in);
    }
    return new BodyEnding(shingles, paragraphs, hashes, suffix);
  }

  private static void writeSignature(DataOutputStream out, MinHashSignature s) throws IOException {
    out.writeShort(s.size());
    for (int i = 0; i < s.size(); i++) {
      out.writeChar(s.value(i));
    }
  }

  private static MinHashSignature readSignature(DataInputStream in) throws IOException {
    char[] values = new char[in.readUnsignedShort()];
    for (int i = 0; i < values.length; i++) {
      values[i] = in.readChar();
    }
    return new MinHashSignature(values);
  }
}
