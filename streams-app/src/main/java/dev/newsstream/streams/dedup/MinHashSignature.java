package dev.newsstream.streams.dedup;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A MinHash signature: the low 16 bits of each of n minimum hashes over a document's shingles. The share of
 * equal positions estimates the Jaccard similarity of two documents' shingle sets. LSH banding cuts it into
 * {@code bands} runs of {@code rows} values; documents sharing any band key become candidates.
 */
public final class MinHashSignature {
  private final char[] values;
  private final BodyEnding ending;

  public MinHashSignature(char[] values) {
    this(values, BodyEnding.NONE);
  }

  /** {@code ending}: how the text ends ({@link BodyEnding}); not part of equality (the values are the signature). */
  public MinHashSignature(char[] values, BodyEnding ending) {
    this.values = values.clone();
    this.ending = ending;
  }

  public BodyEnding ending() {
    return ending;
  }

  public MinHashSignature withEnding(BodyEnding e) {
    return new MinHashSignature(values, e);
  }

  public int size() {
    return values.length;
  }

  public char value(int i) {
    return values[i];
  }

  /** Estimated Jaccard similarity: the share of equal positions. */
  public double similarity(MinHashSignature other) {
    if (other.values.length != values.length) {
      throw new IllegalArgumentException("signatures of different sizes: " + values.length + " vs " + other.values.length);
    }
    int equal = 0;
    for (int i = 0; i < values.length; i++) {
      if (values[i] == other.values[i]) {
        equal++;
      }
    }
    return (double) equal / values.length;
  }

  /** One key per band, e.g. {@code 07:9f3a...}: the band number keeps equal rows in different bands apart. */
  public List<String> bandKeys(int bands, int rows) {
    if (bands * rows > values.length) {
      throw new IllegalArgumentException(bands + " bands x " + rows + " rows need " + bands * rows
          + " values, signature has " + values.length);
    }
    List<String> keys = new ArrayList<>(bands);
    for (int b = 0; b < bands; b++) {
      StringBuilder key = new StringBuilder(3 + rows * 4);
      key.append(Character.forDigit(b / 16, 16)).append(Character.forDigit(b % 16, 16)).append(':');
      if (b >= 256) {
        key.insert(0, b / 256);
      }
      for (int r = 0; r < rows; r++) {
        String hex = Integer.toHexString(values[b * rows + r]);
        key.append("0000", 0, 4 - hex.length()).append(hex);
      }
      keys.add(key.toString());
    }
    return keys;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof MinHashSignature other && Arrays.equals(values, other.values);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(values);
  }
}
