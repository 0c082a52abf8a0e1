package dev.newsstream.streams.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsstream.schema.DuplicateKind;
import dev.newsstream.schema.DuplicateNotice;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a downstream consumer ends up believing about each article id after reading the clean topic (with
 * tombstones) and the duplicates topic: "clean", or "KIND of original". SAME_URL notices (re-crawls) leave an
 * id's state as it is. Checks on the way that a retraction follows a clean article and leaves none behind.
 */
final class FinalVerdicts {
  private FinalVerdicts() {}

  /** One record of the clean topic: an article id, and whether the record was a tombstone. */
  record CleanRecord(String id, boolean tombstone) {}

  static Map<String, String> of(List<CleanRecord> clean, List<DuplicateNotice> notices) {
    Map<String, String> state = new TreeMap<>();
    for (CleanRecord r : clean) {
      if (r.tombstone()) {
        assertThat(state.get(r.id())).as("a tombstone follows a clean article").isEqualTo("clean");
        state.remove(r.id());
      } else {
        state.put(r.id(), "clean");
      }
    }
    for (DuplicateNotice d : notices) {
      if (d.getRetractedVersion() != null) {
        assertThat(state).as("retracted %s is no longer on the clean topic", d.getId()).doesNotContainKey(d.getId());
      }
      if (d.getKind() != DuplicateKind.SAME_URL) {
        state.put(d.getId(), d.getKind() + " of " + d.getDuplicateOf());
      }
    }
    return state;
  }

  /** The original a duplicate state names, or null for "clean". */
  static String originalOf(String state) {
    return state == null || !state.contains(" of ") ? null : state.substring(state.indexOf(" of ") + 4);
  }
}
