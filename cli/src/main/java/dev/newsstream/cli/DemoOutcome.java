package dev.newsstream.cli;

import dev.newsstream.schema.Article;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * The final state of the clean topic as the demo read it, which is what a compacted-topic reader sees: per article
 * id, the last record wins. A copy published and then withdrawn (a dedup correction: duplicate notice + tombstone)
 * is withdrawn, not clean, though its published version was read first.
 *
 * @param clean the last version of each article that stands, in first-seen order
 * @param withdrawn the last published version of each article whose last record is a tombstone
 */
record DemoOutcome(List<Article> clean, List<Article> withdrawn) {
  /** From the clean topic's records in read order, tombstones as null values (OutputReader.cleanTopic()). */
  static DemoOutcome of(List<ConsumerRecord<String, Article>> cleanTopic) {
    Map<String, Article> last = new LinkedHashMap<>();
    Map<String, Article> lastPublished = new LinkedHashMap<>();
    for (ConsumerRecord<String, Article> r : cleanTopic) {
      last.put(r.key(), r.value());
      if (r.value() != null) {
        lastPublished.put(r.key(), r.value());
      }
    }
    List<Article> clean = new ArrayList<>();
    List<Article> withdrawn = new ArrayList<>();
    last.forEach((id, article) -> {
      if (article != null) {
        clean.add(article);
      } else if (lastPublished.containsKey(id)) {
        withdrawn.add(lastPublished.get(id));
      }
    });
    return new DemoOutcome(List.copyOf(clean), List.copyOf(withdrawn));
  }
}
