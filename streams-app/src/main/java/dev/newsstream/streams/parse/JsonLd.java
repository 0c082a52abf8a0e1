package dev.newsstream.streams.parse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/** The page's schema.org article object from {@code <script type="application/ld+json">}, if any. */
final class JsonLd {
  // Publishers' JSON-LD is often sloppy: raw newlines in strings, trailing commas, comments.
  private static final ObjectMapper MAPPER = JsonMapper.builder()
      .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS, JsonReadFeature.ALLOW_TRAILING_COMMA,
          JsonReadFeature.ALLOW_JAVA_COMMENTS, JsonReadFeature.ALLOW_SINGLE_QUOTES,
          JsonReadFeature.ALLOW_BACKSLASH_ESCAPING_ANY_CHARACTER)
      .build();
  private static final Set<String> ARTICLE_TYPES = Set.of("newsarticle", "article", "reportagenewsarticle",
      "analysisnewsarticle", "blogposting", "liveblogposting", "opinionnewsarticle", "reviewnewsarticle",
      "backgroundnewsarticle", "webpage", "report", "scholarlyarticle", "techarticle");

  private JsonLd() {}

  static final String SCRIPTS = "script[type=application/ld+json]";

  static Optional<JsonNode> article(Document doc) {
    return article(Queries.select(doc, SCRIPTS));
  }

  /** As {@link #article(Document)}, from the page's JSON-LD script elements already found. */
  static Optional<JsonNode> article(Iterable<Element> scripts) {
    JsonNode best = null;
    int bestRank = Integer.MAX_VALUE;
    java.util.Map<String, JsonNode> byId = new java.util.HashMap<>();
    for (Element script : scripts) {
      JsonNode root;
      try {
        root = MAPPER.readTree(unwrap(script.data()));
        if (root == null) {
          continue;
        }
      } catch (Exception malformed) {
        continue;
      }
      for (JsonNode node : flatten(root)) {
        if (node.hasNonNull("@id") && node.size() > 1) {
          byId.putIfAbsent(node.get("@id").asText(), node);
        }
        int rank = rank(node);
        if (rank < bestRank) {
          best = node;
          bestRank = rank;
        }
      }
    }
    return Optional.ofNullable(best).map(b -> resolveReferences(b, byId));
  }

  /** Yoast-style graphs name the author as {"@id": ...}: put the referenced node in its place. */
  private static JsonNode resolveReferences(JsonNode node, java.util.Map<String, JsonNode> byId) {
    if (!(node instanceof com.fasterxml.jackson.databind.node.ObjectNode obj) || byId.isEmpty()) {
      return node;
    }
    com.fasterxml.jackson.databind.node.ObjectNode copy = obj.deepCopy();
    for (String field : List.of("author", "publisher", "image")) {
      JsonNode v = copy.get(field);
      if (v == null) {
        continue;
      }
      if (v.isArray()) {
        com.fasterxml.jackson.databind.node.ArrayNode arr = copy.putArray(field);
        v.forEach(item -> arr.add(deref(item, byId)));
      } else {
        copy.set(field, deref(v, byId));
      }
    }
    return copy;
  }

  private static JsonNode deref(JsonNode item, java.util.Map<String, JsonNode> byId) {
    if (item.isObject() && item.size() == 1 && item.hasNonNull("@id")) {
      return byId.getOrDefault(item.get("@id").asText(), item);
    }
    return item;
  }

  /** Script bodies wrapped in {@code <!-- -->} or {@code //<![CDATA[ ... //]]>}. */
  static String unwrap(String data) {
    String s = data.strip();
    for (String open : List.of("//<![CDATA[", "<![CDATA[", "<!--")) {
      if (s.startsWith(open)) {
        s = s.substring(open.length()).strip();
      }
    }
    for (String close : List.of("//]]>", "]]>", "-->")) {
      if (s.endsWith(close)) {
        s = s.substring(0, s.length() - close.length()).strip();
      }
    }
    return s;
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
      out.add(unescape(item.asText()).strip());
    } else if (item.isIntegralNumber()) {
      out.add(item.asText()); // dates written as epoch seconds or milliseconds
    } else if (item.isObject()) {
      for (String key : List.of("name", "url", "@id")) {
        JsonNode name = item.get(key);
        if (name != null && name.isTextual() && !name.asText().isBlank()) {
          out.add(unescape(name.asText()).strip());
          return;
        }
      }
    }
  }

  /**
   * JSON-LD is script data, so HTML entities in it are never decoded by the HTML parser, yet CMSs write them
   * ({@code &#8216;}, {@code &ouml;}, {@code &amp;}): decode them as HTML text would be.
   */
  static String unescape(String s) {
    return s.indexOf('&') < 0 ? s : Parser.unescapeEntities(s, false);
  }

  static Optional<String> text(JsonNode node, String field) {
    List<String> all = texts(node, field);
    return all.isEmpty() ? Optional.empty() : Optional.of(all.get(0));
  }

  /** A URL-valued field: a string, an ImageObject with "url"/"contentUrl", or a list of those. */
  static Optional<String> url(JsonNode node, String field) {
    JsonNode v = node.get(field);
    if (v != null && v.isArray() && v.size() > 0) {
      v = v.get(0);
    }
    if (v == null) {
      return Optional.empty();
    }
    if (v.isTextual()) {
      return Optional.of(v.asText().strip()).filter(s -> !s.isEmpty());
    }
    for (String key : List.of("url", "contentUrl", "@id")) {
      if (v.hasNonNull(key) && v.get(key).isTextual()) {
        return Optional.of(v.get(key).asText().strip()).filter(s -> s.startsWith("http"));
      }
    }
    return Optional.empty();
  }

  /** Names in a person-valued field; Persons win over Organizations when both are listed. */
  static List<String> personNames(JsonNode node, String field) {
    JsonNode v = node.get(field);
    if (v == null || v.isNull()) {
      return List.of();
    }
    List<JsonNode> items = new ArrayList<>();
    if (v.isArray()) {
      v.forEach(items::add);
    } else {
      items.add(v);
    }
    List<String> persons = new ArrayList<>();
    List<String> all = new ArrayList<>();
    for (JsonNode item : items) {
      List<String> one = new ArrayList<>();
      addText(item, one);
      all.addAll(one);
      if (item.isTextual() || types(item).stream().anyMatch(t -> t.equalsIgnoreCase("Person"))) {
        persons.addAll(one);
      }
    }
    return persons.isEmpty() ? all : persons;
  }
}
