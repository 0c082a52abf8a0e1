package dev.newsstream.schema.registry;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.avro.Schema;

/**
 * Client for the Confluent Schema Registry REST API: the part an Avro serde needs (register, fetch by id,
 * per-subject compatibility). Any server speaking that API works: Apicurio Registry at
 * {@code http://host:port/apis/ccompat/v7}, or a Confluent Schema Registry at {@code http://host:8081}.
 * Thread-safe; ids and schemas are cached, so steady-state serialization makes no HTTP call. A call made while the
 * registry does not answer waits for it ({@link RegistryOutage}: backoff, bounded, one log line per outage).
 */
public final class SchemaRegistryClient {
  public static final String CONTENT_TYPE = "application/vnd.schemaregistry.v1+json";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Map<String, SchemaRegistryClient> SHARED = new ConcurrentHashMap<>();

  private final String baseUrl;
  private final HttpClient http;
  private final Map<Integer, Schema> schemasById = new ConcurrentHashMap<>();
  private final Map<SubjectSchema, Integer> idsBySubjectSchema = new ConcurrentHashMap<>();
  private final Set<String> compatibilitySet = ConcurrentHashMap.newKeySet();
  private final RegistryOutage outage;

  private record SubjectSchema(String subject, Schema schema) {}

  public SchemaRegistryClient(String baseUrl) {
    this.baseUrl = validUrl(baseUrl);
    this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(Duration.ofSeconds(5)).build();
    this.outage = RegistryOutage.standard(this.baseUrl);
  }

  /** This client's outage tracking: how long calls wait for an unavailable registry, and the state for metrics. */
  public RegistryOutage outage() {
    return outage;
  }

  /** One client (so one cache) per URL, shared by every serde of this JVM. */
  public static SchemaRegistryClient forUrl(String baseUrl) {
    return SHARED.computeIfAbsent(validUrl(baseUrl), SchemaRegistryClient::new);
  }

  /** The URL without a trailing slash; throws {@link IllegalArgumentException} unless it is http(s)://host... */
  public static String validUrl(String url) {
    if (url == null || url.isBlank()) {
      throw new IllegalArgumentException("schema registry URL is empty");
    }
    String trimmed = url.strip().replaceAll("/+$", "");
    try {
      URI uri = new URI(trimmed);
      if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) || uri.getHost() == null) {
        throw new IllegalArgumentException("schema registry URL must be http(s)://host[:port][/path], got '" + url + "'");
      }
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("schema registry URL is not a valid URL: '" + url + "' (" + e.getMessage() + ")");
    }
    return trimmed;
  }

  public String baseUrl() {
    return baseUrl;
  }

  /**
   * {@link #checkReachable()}, but waits (see {@link #outage()}) while nothing answers at the URL, so that an instance
   * started during a registry outage starts when it ends instead of exiting. Something that answers but is not a
   * Confluent-compatible registry fails at once.
   */
  public void awaitReachable() {
    outage.call(() -> {
      checkReachable();
      return null;
    });
  }

  /** Fails fast, with one short try, when nothing speaking the Confluent API answers at the URL. */
  public void checkReachable() {
    HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + "/subjects"))
        .timeout(Duration.ofSeconds(10)).header("Accept", CONTENT_TYPE).GET().build();
    HttpResponse<String> response;
    try {
      response = http.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new SchemaRegistryException("no schema registry reachable at " + baseUrl + " (GET " + baseUrl
          + "/subjects: " + describe(e) + "). Start one, or set schema.registry.url to a Confluent-compatible "
          + "registry (Apicurio: http://HOST:PORT/apis/ccompat/v7).", SchemaRegistryException.NO_ANSWER, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new SchemaRegistryException("interrupted while contacting " + baseUrl, SchemaRegistryException.NO_ANSWER, e);
    }
    if (response.statusCode() != 200 || !response.body().strip().startsWith("[")) {
      throw new SchemaRegistryException("not a Confluent-compatible schema registry at " + baseUrl + ": GET /subjects"
          + " answered HTTP " + response.statusCode() + " " + abbreviate(response.body())
          + " (for Apicurio Registry the URL ends in /apis/ccompat/v7)", response.statusCode(), null);
    }
  }

  /**
   * Gives the subject a compatibility level before this process first registers to it: sets {@code level} when
   * the subject has none of its own (or NONE, the registry's usual global default) and keeps a level an operator
   * chose (e.g. FULL_TRANSITIVE). Checked once per subject and client.
   */
  public void ensureCompatibility(String subject, String level) {
    if (compatibilitySet.contains(subject)) {
      return;
    }
    String current = compatibility(subject);
    if (current == null || current.isEmpty() || "NONE".equals(current)) {
      setCompatibility(subject, level);
    }
    compatibilitySet.add(subject);
  }

  /** PUT /config/{subject} {"compatibility": level}. */
  public void setCompatibility(String subject, String level) {
    call("PUT", "/config/" + encode(subject), "{\"compatibility\":\"" + level + "\"}", subject);
  }

  /** POST /subjects/{subject}/versions: registers the schema (idempotent) and returns its id. */
  public int register(String subject, Schema schema) {
    // get-then-put, not computeIfAbsent: a call may wait minutes for the registry, never inside a map's lock.
    SubjectSchema key = new SubjectSchema(subject, schema);
    Integer cached = idsBySubjectSchema.get(key);
    if (cached != null) {
      return cached;
    }
    int id = call("POST", "/subjects/" + encode(subject) + "/versions", schemaBody(schema), subject).path("id").asInt(-1);
    if (id < 0) {
      throw new SchemaRegistryException("schema registry at " + baseUrl + " returned no id for subject '" + subject + "'",
          200, null);
    }
    schemasById.putIfAbsent(id, schema);
    idsBySubjectSchema.putIfAbsent(key, id);
    return id;
  }

  /** GET /schemas/ids/{id}: the writer schema of a framed value. */
  public Schema schemaById(int id) {
    Schema cached = schemasById.get(id);
    if (cached != null) {
      return cached;
    }
    String text = call("GET", "/schemas/ids/" + id, null, null).path("schema").asText();
    Schema schema = new Schema.Parser().parse(text);
    Schema raced = schemasById.putIfAbsent(id, schema);
    return raced == null ? schema : raced;
  }

  /** GET /subjects/{subject}/versions: the version numbers registered under a subject. */
  public List<Integer> versions(String subject) {
    List<Integer> out = new ArrayList<>();
    call("GET", "/subjects/" + encode(subject) + "/versions", null, subject).forEach(v -> out.add(v.asInt()));
    return out;
  }

  /** GET /config/{subject}: the subject's own compatibility level, or null when it has none (HTTP 404). */
  public String compatibility(String subject) {
    try {
      JsonNode config = call("GET", "/config/" + encode(subject), null, subject);
      return config.path("compatibilityLevel").asText(config.path("compatibility").asText());
    } catch (SchemaRegistryException e) {
      if (e.status() == 404) {
        return null;
      }
      throw e;
    }
  }

  private JsonNode call(String method, String path, String body, String subject) {
    return outage.call(() -> callOnce(method, path, body, subject));
  }

  private JsonNode callOnce(String method, String path, String body, String subject) {
    HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(baseUrl + path))
        .timeout(Duration.ofSeconds(30)).header("Accept", CONTENT_TYPE);
    builder = body == null ? builder.method(method, HttpRequest.BodyPublishers.noBody())
        : builder.header("Content-Type", CONTENT_TYPE).method(method, HttpRequest.BodyPublishers.ofString(body));
    HttpResponse<String> response;
    try {
      response = http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      // A registry restarting, stopped or unreachable: RegistryOutage retries this one.
      throw new SchemaRegistryException("schema registry at " + baseUrl + " did not answer " + method + " " + path
          + ": " + describe(e), SchemaRegistryException.NO_ANSWER, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new SchemaRegistryException(method + " " + baseUrl + path + " interrupted", SchemaRegistryException.NO_ANSWER, e);
    }
    if (response.statusCode() / 100 != 2) {
      throw failure(method, path, subject, response);
    }
    try {
      return JSON.readTree(response.body());
    } catch (IOException e) {
      throw new SchemaRegistryException("schema registry at " + baseUrl + ": " + method + " " + path
          + " answered with invalid JSON: " + abbreviate(response.body()), response.statusCode(), e);
    }
  }

  private SchemaRegistryException failure(String method, String path, String subject, HttpResponse<String> response) {
    int status = response.statusCode();
    String registryMessage = registryMessage(response.body());
    String where = subject == null ? "" : " for subject '" + subject + "'";
    String message = status == 409
        ? "schema registry at " + baseUrl + " refused the schema" + where + " as incompatible with the versions already "
            + "registered (HTTP 409: " + registryMessage + "). Evolve schemas only by adding fields with defaults."
        : "schema registry at " + baseUrl + ": " + method + " " + path + where + " failed with HTTP " + status + ": "
            + registryMessage;
    return new SchemaRegistryException(message, status, null);
  }

  private static String registryMessage(String body) {
    try {
      JsonNode node = JSON.readTree(body);
      if (node.hasNonNull("message")) {
        return abbreviate(node.get("message").asText());
      }
    } catch (IOException | RuntimeException notJson) {
      // Fall through to the raw body.
    }
    return abbreviate(body);
  }

  private static String schemaBody(Schema schema) {
    try {
      return JSON.writeValueAsString(Map.of("schema", schema.toString()));
    } catch (IOException e) {
      throw new IllegalStateException("cannot encode schema " + schema.getFullName(), e);
    }
  }

  private static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  /**
   * What went wrong with a call that got no answer, in words: "timed out", "cannot connect (connection refused)",
   * else the first non-blank message in the cause chain. The JDK client often wraps a refused connection as a
   * ConnectException with no message around a ClosedChannelException, which says nothing to an operator.
   */
  static String describe(Throwable e) {
    if (e == null) {
      return "no answer";
    }
    if (e instanceof java.net.http.HttpTimeoutException) {
      return "timed out";
    }
    String message = firstMessage(e);
    if (e instanceof java.net.ConnectException) {
      return "cannot connect (" + (message == null ? "connection refused" : lowerFirst(message)) + ")";
    }
    return message == null ? e.getClass().getSimpleName() : e.getClass().getSimpleName() + ": " + message;
  }

  /** The first non-blank message in the cause chain, ClosedChannelException's absent one skipped; else null. */
  private static String firstMessage(Throwable e) {
    int depth = 0;
    for (Throwable t = e; t != null && depth < 32; t = t.getCause(), depth++) {
      if (t.getMessage() != null && !t.getMessage().isBlank()) {
        return t.getMessage().strip();
      }
    }
    return null;
  }

  private static String lowerFirst(String s) {
    return s.length() > 1 && Character.isUpperCase(s.charAt(0)) && Character.isLowerCase(s.charAt(1))
        ? Character.toLowerCase(s.charAt(0)) + s.substring(1) : s;
  }

  private static String abbreviate(String s) {
    String oneLine = s == null ? "" : s.strip().replaceAll("\\s+", " ");
    return oneLine.length() <= 500 ? oneLine : oneLine.substring(0, 500) + "…";
  }
}
