package dev.newsstream.streams.parse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** The page's schema.org article object from {@code <script type="application/ld+json">}, if any. */
final class JsonLd {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final Set<String> ARTICLE_TYPES = Set.of("newsarticle", "article", "reportagenewsarticle",
      "analysisnewsarticle", "blogposting", "liveblogposting", "opinionnewsarticle", "reviewnewsarticle",
      "backgroundnewsarticle", "webpage", "report", "scholarlyarticle", "techarticle");

  private JsonLd() {}

  static Optional<JsonNode> article(Document doc) {
    JsonNode best = null;
    int bestRank = Integer.MAX_VALUE;
    for (Element script : doc.select("script[type=application/ld+json]")) {
      JsonNode root;
      try {
        root = MAPPER.readTree(script.data().strip());
      } catch (Exception malformed) {
        continue;
      }
      for (JsonNode node : flatten(root)) {
        int rank = rank(node);
        if (rank < bestRank) {
          best = node;
          bestRank = rank;
        }
      }
    }
    return Optional.ofNullable(best);
  }

  // Lower is better: a NewsArticle beats an Article beats a WebPage.
  private static int rank(JsonNode node) {
    int rank = Integer.MAX_VALUE;
    for (String type : types(node)) {
      String t = type.toLowerCase(Locale.ROOT);
      if (t.endsWith("newsarticle")) {
        rank = Math.min(rank, 0);
      } else if (ARTICLE_TYPES.contains(t)) {
        rank = Math.min(rank, t.equals("webpage") ? 2 : 1);
      }
    }
    return rank;
  }

  private static List<String> types(JsonNode node) {
    List<String> out = new ArrayList<>();
    JsonNode type = node.get("@type");
    if (type != null && type.isArray()) {
      type.forEach(t -> out.add(t.asText()));
    } else if (type != null) {
      out.add(type.asText());
    }
    return out;
  }

  private static List<JsonNode> flatten(JsonNode root) {
    List<JsonNode> out = new ArrayList<>();
    if (root.isArray()) {
      root.forEach(n -> out.addAll(flatten(n)));
    } else if (root.isObject()) {
      out.add(root);
      JsonNode graph = root.get("@graph");
      if (graph != null) {
        out.addAll(flatten(graph));
      }
      JsonNode main = root.get("mainEntity");
      if (main != null && main.isObject()) {
        out.add(main);
      }
    }
    return out;
  }

  /** Text of a field that may be a string, an object with "name", or an array of those. */
  static List<String> texts(JsonNode node, String field) {
    List<String> out = new ArrayList<>();
    JsonNode v = node.get(field);
    if (v == null || v.isNull()) {
      return out;
    }
    if (v.isArray()) {
      v.forEach(item -> addText(item, out));
    } else {
      addText(v, out);
    }
    return out;
  }

  private static void addText(JsonNode item, List<String> out) {
    if (item.isTextual() && !item.asText().isBlank()) {
      out.add(item.asText().strip());
    } else if (item.isObject()) {
      for (String key : List.of("name", "url", "@id")) {
        JsonNode name = item.get(key);
        if (name != null && name.isTextual() && !name.asText().isBlank()) {
          out.add(name.asText().strip());
          return;
        }
      }
    }
  }

  static Optional<String> text(JsonNode node, String field) {
    List<String> all = texts(node, field);
    return all.isEmpty() ? Optional.empty() : Optional.of(all.get(0));
  }
}
