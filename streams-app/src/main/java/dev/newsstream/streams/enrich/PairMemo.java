package dev.newsstream.streams.enrich;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A small direct-mapped memo in front of {@link CrfFeatureIndexer}'s pair features (a word next to a shape, two
 * shapes...), keyed by numbers instead of strings: each cached word type has its own id, and each word shape and
 * distsim class an interned one. The ~10 pair features per token were the indexer's largest cost (a String hash, a
 * binary search, then a cache lookup comparing strings); here a hit is one array read and four comparisons.
 *
 * <p>Exact: an id stands for one string only (a type's word never changes; interned strings get distinct ids), so
 * (template, ids) determines the feature names and hence the value. A slot holds one immutable entry and is
 * overwritten on a miss; a racing reader sees the old or the new entry, each complete (final fields), and checks the
 * key. Heap: {@value #SLOTS} slots of ~50 bytes once filled (~3 MB) plus the interned shapes and classes.
 */
final class PairMemo {
  static final int SLOTS = 1 << 16;
  /** Interned shapes and classes kept at most; beyond, new ones get no id (-1) and take the indexer's path. */
  static final int MAX_INTERNED = 200_000;

  record Entry(int template, long a, long b, long c, long value) {}

  private final Entry[] slots = new Entry[SLOTS];
  private final ConcurrentHashMap<String, Integer> interned = new ConcurrentHashMap<>();
  private final AtomicInteger nextInterned = new AtomicInteger();
  private final AtomicLong nextType = new AtomicLong();

  /** A new id for a word type (one per CrfWordType object). */
  long typeId() {
    return nextType.getAndIncrement();
  }

  /** The id of a shape or distsim string, or -1 when the memo is full. */
  long intern(String s) {
    Integer id = interned.get(s);
    if (id != null) {
      return id;
    }
    if (interned.size() >= MAX_INTERNED) {
      return -1;
    }
    return interned.computeIfAbsent(s, k -> nextInterned.getAndIncrement());
  }

  static int slot(int template, long a, long b, long c) {
    long h = (template + 1) * 0x9E3779B97F4A7C15L ^ a * 0xC2B2AE3D27D4EB4FL ^ b * 0x165667B19E3779F9L
        ^ c * 0x27D4EB2F165667C5L;
    h ^= h >>> 29;
    h *= 0xBF58476D1CE4E5B9L;
    return (int) (h ^ h >>> 32) & (SLOTS - 1);
  }

  /** The entry for this key, or null when the slot holds another key (or none). */
  Entry get(int slot, int template, long a, long b, long c) {
    Entry e = slots[slot];
    return e != null && e.template == template && e.a == a && e.b == b && e.c == c ? e : null;
  }

  void put(int slot, Entry entry) {
    slots[slot] = entry;
  }
}
