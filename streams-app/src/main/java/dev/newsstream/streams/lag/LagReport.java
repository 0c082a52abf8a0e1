package dev.newsstream.streams.lag;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.newsstream.streams.lag.GroupLag.PartitionLag;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/** Renders evaluated groups as a human table or as one JSON document (one line, for --watch as NDJSON). */
public final class LagReport {
  private static final ObjectMapper JSON = new ObjectMapper();

  private LagReport() {}

  public static LagStatus worst(List<GroupLag> groups) {
    return groups.stream().map(GroupLag::status).reduce(LagStatus.OK, LagStatus::worst);
  }

  public static String table(List<GroupLag> groups) {
    StringBuilder out = new StringBuilder();
    for (GroupLag g : groups) {
      out.append(String.format(Locale.ROOT, "group %s  state %s  status %s  total lag %d records, max %s%n",
          g.group(), g.state(), g.status(), g.totalLag(), seconds(g.maxLagSeconds())));
      if (g.error() != null) {
        out.append("  error: ").append(g.error()).append(System.lineSeparator());
        continue;
      }
      int topicWidth = Math.max(5, g.partitions().stream().mapToInt(p -> p.topic().length()).max().orElse(5));
      String row = "  %-" + topicWidth + "s %9s %12s %12s %10s %12s  %s%n";
      out.append(String.format(Locale.ROOT, row, "TOPIC", "PARTITION", "END-OFFSET", "COMMITTED", "LAG",
          "LAG-SECONDS", "STATUS"));
      for (PartitionLag p : g.partitions()) {
        out.append(String.format(Locale.ROOT, row, p.topic(), p.partition(), p.endOffset(), p.committedOffset(),
            p.lag(), p.lagSeconds() == null ? "?" : String.format(Locale.ROOT, "%.1f", p.lagSeconds()), p.status()));
      }
    }
    out.append("worst status: ").append(worst(groups)).append(System.lineSeparator());
    return out.toString();
  }

  public static String json(List<GroupLag> groups, long atMs) {
    ObjectNode root = JSON.createObjectNode();
    root.put("observed_at", Instant.ofEpochMilli(atMs).toString());
    root.put("worst_status", worst(groups).name());
    ArrayNode list = root.putArray("groups");
    for (GroupLag g : groups) {
      ObjectNode gn = list.addObject();
      gn.put("group", g.group());
      gn.put("state", g.state());
      gn.put("status", g.status().name());
      gn.put("error", g.error());
      gn.put("total_lag", g.totalLag());
      gn.put("max_lag_seconds", g.maxLagSeconds());
      ArrayNode parts = gn.putArray("partitions");
      for (PartitionLag p : g.partitions()) {
        ObjectNode pn = parts.addObject();
        pn.put("topic", p.topic());
        pn.put("partition", p.partition());
        pn.put("end_offset", p.endOffset());
        pn.put("committed_offset", p.committedOffset());
        pn.put("lag", p.lag());
        pn.put("lag_seconds", p.lagSeconds());
        pn.put("lag_seconds_source", p.lagSecondsSource());
        pn.put("status", p.status().name());
      }
    }
    return root.toString();
  }

  private static String seconds(Double s) {
    return s == null ? "? s" : String.format(Locale.ROOT, "%.1f s", s);
  }
}
