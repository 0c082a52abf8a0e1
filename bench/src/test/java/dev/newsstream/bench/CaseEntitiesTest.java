package dev.newsstream.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsstream.schema.Entity;
import dev.newsstream.schema.Mention;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The line {@code bench extract --entities} writes per entity: one line, tab-separated, every mention's offsets. */
class CaseEntitiesTest {
  @Test
  void oneLinePerEntityWithEveryMentionAndNoStrayTabsOrBreaks() {
    Entity e = Entity.newBuilder().setText("Amneh\tJafari").setType("PERSON").setCanonical("Amneh\nJafari")
        .setCount(2).setMentions(List.of(new Mention(10, 22), new Mention(40, 46))).setConfidence(0.9).build();
    assertThat(CaseEntities.line("page-1", "en", e))
        .isEqualTo("page-1\ten\tPERSON\tAmneh Jafari\tAmneh Jafari\t2\t10-22,40-46");
    assertThat(CaseEntities.line("page-2", null, e)).startsWith("page-2\tnull\tPERSON\t");
  }
}
