package dev.newsstream.streams.dedup;

import it.unimi.dsi.fastutil.longs.Long2ObjectOpenHashMap;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.utils.Bytes;

/**
 * The LSH band index of one band task, in memory: band key → the short references ({@link BandIndex#shortRef}) of
 * the article bodies in that band's bucket, in the order they joined. Not a state store: it is derived from the
 * task's stored signatures, each of which lists the bands its body is a member of ({@link StoredSignature#bands}),
 * and rebuilt from them whenever the task initialises (issue 16 item 5: the buckets used to be a logged store, 20
 * changelog records per page, half of all the pipeline's records). Pure; not thread-safe (one task, one thread).
 *
 * <p>Heap: a band key is the bytes its hex spells ({@link CompactKeys}: 7 bytes with 3 rows of 16 bits), packed
 * with its length into a {@code long}, so a band holding one body costs one slot of a primitive-keyed hash map
 * (a long and a reference, at a load factor of at most 0.75) and no objects; the body's short reference is one
 * String shared by all its bands. Longer band keys (more than 3 rows) go into a map keyed by their bytes.
 */
public final class BandMembers {
  private static final int PACKED_BYTES = 7;
  /** Value: a String (one member, the usual case: no list object) or a String[] (several). */
  private final Long2ObjectOpenHashMap<Object> packed = new Long2ObjectOpenHashMap<>();
  private final Map<Bytes, Object> other = new HashMap<>();

  /** The members of a band (its key in compact form, {@link CompactKeys#of}), in the order they joined; empty when none. */
  public List<String> get(Bytes bandKey) {
    return list(lookup(bandKey.get()));
  }

  /** Replaces a band's members ({@code List.of()} removes the band). */
  public void set(Bytes bandKey, List<String> refs) {
    byte[] key = bandKey.get();
    Object value = refs.isEmpty() ? null : refs.size() == 1 ? refs.get(0) : refs.toArray(new String[0]);
    if (key.length <= PACKED_BYTES) {
      if (value == null) {
        packed.remove(pack(key));
      } else {
        packed.put(pack(key), value);
      }
    } else if (value == null) {
      other.remove(Bytes.wrap(key));
    } else {
      other.put(Bytes.wrap(key), value);
    }
  }

  /** Appends a member (restoring from stored signatures: the cap was applied when the member joined). */
  public void add(Bytes bandKey, String ref) {
    List<String> refs = get(bandKey);
    if (!refs.contains(ref)) {
      List<String> more = new ArrayList<>(refs.size() + 1);
      more.addAll(refs);
      more.add(ref);
      set(bandKey, more);
    }
  }

  /** Removes a member from a band, if there. */
  public void remove(Bytes bandKey, String ref) {
    List<String> refs = get(bandKey);
    if (refs.contains(ref)) {
      List<String> fewer = new ArrayList<>(refs);
      fewer.remove(ref);
      set(bandKey, fewer);
    }
  }

  public void clear() {
    packed.clear();
    packed.trim();
    other.clear();
  }

  /** Bands with at least one member. */
  public int size() {
    return packed.size() + other.size();
  }

  private Object lookup(byte[] key) {
    return key.length <= PACKED_BYTES ? packed.get(pack(key)) : other.get(Bytes.wrap(key));
  }

  private static List<String> list(Object value) {
    return value == null ? List.of() : value instanceof String s ? List.of(s) : List.of((String[]) value);
  }

  /**
   * The length, then the bytes: a key of n bytes packs into [n·2⁸ⁿ, (n+1)·2⁸ⁿ), so distinct keys of up to 7 bytes
   * give distinct longs.
   */
  private static long pack(byte[] key) {
    long v = key.length;
    for (byte b : key) {
      v = (v << 8) | (b & 0xFF);
    }
    return v;
  }
}
