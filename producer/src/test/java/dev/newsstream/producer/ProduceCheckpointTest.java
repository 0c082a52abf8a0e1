package dev.newsstream.producer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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

  @Test
  void aCheckpointThatCannotBeWrittenIsRefusedBeforeAnythingIsSent(@TempDir Path dir) throws Exception {
    ProduceCheckpoint.checkUsable(dir.resolve("cp")); // a new file in an existing directory: fine
    assertThat(Files.list(dir)).as("the probe file is removed").isEmpty();
    Path missingDir = dir.resolve("nonexistent-dir").resolve("ck");
    assertThatThrownBy(() -> ProduceCheckpoint.checkUsable(missingDir)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("--checkpoint " + missingDir + ": directory " + missingDir.getParent() + " does not exist");
    assertThatThrownBy(() -> ProduceCheckpoint.checkUsable(dir)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("--checkpoint " + dir + " is a directory; give a file name");
  }
}
