package dev.newsstream.streams.dedup;

import java.util.ArrayList;
import java.util.List;

/** Every arrival order of a few items (n! lists: keep n small), for order-independence tests of dedup verdicts. */
final class Permutations {
  private Permutations() {}

  static <T> List<List<T>> of(List<T> items) {
    if (items.size() <= 1) {
      return List.of(items);
    }
    List<List<T>> out = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      List<T> rest = new ArrayList<>(items);
      T first = rest.remove(i);
      for (List<T> p : of(rest)) {
        List<T> l = new ArrayList<>();
        l.add(first);
        l.addAll(p);
        out.add(l);
      }
    }
    return out;
  }
}
