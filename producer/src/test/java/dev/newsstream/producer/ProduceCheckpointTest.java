package dev.newsstream.producer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProduceCheckpointTest {
  @Test
  void acknowledgedInputsSurviveAReopenAndAChangedFileIsNew(@TempDir Path dir) throws Exception {
    Path page = Files.writeString(dir.resolve("a.html"), "<p>a</p>");
    Path file = dir.resolve("cp");
    String id = ProduceCheckpoint.identity(page);
    try (ProduceCheckpoint cp = ProduceCheckpoint.open(file)) {
      assertThat(cp.isAcked(id)).isFalse();
      cp.markAcked(id);
    }
    assertThat(Files.exists(dir.resolve("cp.tmp"))).isFalse();
    try (ProduceCheckpoint cp = ProduceCheckpoint.open(file)) {
      assertThat(cp.isAcked(id)).isTrue();
      Files.writeString(page, "<p>a, re-crawled</p>");
      Files.setLastModifiedTime(page, FileTime.fromMillis(System.currentTimeMillis() + 5000));
      assertThat(cp.isAcked(ProduceCheckpoint.identity(page))).isFalse();
    }
  }
}
