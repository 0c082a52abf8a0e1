package dev.newsstream.streams.lag;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsstream.streams.lag.GroupLag.PartitionLag;
import java.util.List;
import org.junit.jupiter.api.Test;

class LagReportTest {
  private final List<GroupLag> groups = List.of(
      new GroupLag("app", "STABLE", LagStatus.WARN, null, 1_700_000_000_000L, List.of(
          new PartitionLag("pages.raw", 0, 120, 100, 20, 3.25, "record", LagStatus.WARN),
          new PartitionLag("pages.raw", 1, 50, 50, 0, 0.0, "caught-up", LagStatus.OK))),
      new GroupLag("gone", "DEAD", LagStatus.ERR, "group has no committed offsets", 1_700_000_000_000L, List.of()));

  @Test
  void tableShowsEveryPartitionAndTheWorstStatus() {
    String table = LagReport.table(groups);
    assertThat(table).contains("group app  state STABLE  status WARN  total lag 20 records, max 3.3 s");
    assertThat(table).containsPattern("pages\\.raw\\s+0\\s+120\\s+100\\s+20\\s+3\\.3\\s+WARN");
    assertThat(table).contains("error: group has no committed offsets");
    assertThat(table).endsWith("worst status: ERR" + System.lineSeparator());
  }

  @Test
  void jsonCarriesTheSameFigures() throws Exception {
    JsonNode root = new ObjectMapper().readTree(LagReport.json(groups, 1_700_000_000_000L));
    assertThat(root.get("worst_status").asText()).isEqualTo("ERR");
    assertThat(root.get("observed_at").asText()).isEqualTo("2023-11-14T22:13:20Z");
    JsonNode app = root.get("groups").get(0);
    assertThat(app.get("total_lag").asLong()).isEqualTo(20);
    assertThat(app.get("max_lag_seconds").asDouble()).isEqualTo(3.25);
    JsonNode p0 = app.get("partitions").get(0);
    assertThat(p0.get("end_offset").asLong()).isEqualTo(120);
    assertThat(p0.get("committed_offset").asLong()).isEqualTo(100);
    assertThat(p0.get("lag").asLong()).isEqualTo(20);
    assertThat(p0.get("lag_seconds_source").asText()).isEqualTo("record");
    assertThat(root.get("groups").get(1).get("error").asText()).contains("no committed offsets");
    assertThat(root.get("groups").get(1).get("max_lag_seconds").isNull()).isTrue();
  }
}
