package dev.newsstream.cli;

import dev.newsstream.streams.serde.EventSerdes;
import dev.newsstream.streams.serde.ExternalTool;

import dev.newsstream.streams.serde.RegistryStack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsstream.producer.ProduceCommand;
import dev.newsstream.schema.Article;
import dev.newsstream.streams.ArticleTopology;
import dev.newsstream.streams.SeedPage;
import dev.newsstream.streams.StreamsRunner;
import dev.newsstream.streams.cli.TopicSetup;
import dev.newsstream.streams.config.StreamsAppConfig;
import dev.newsstream.streams.cli.OutputReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The promise: clients without our code read our events. The seed page goes through the producer CLI
 * and the topology (exactly-once, registry serdes) on a real broker and registry; then kafkajs, kcat and
 * Python's confluent-kafka read articles.clean on their own. Each test skips when its tool is not installed.
 */
@ExtendWith(RegistryStack.Extension.class)
class ThirdPartyConsumersIT {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Duration TOOL_TIMEOUT = Duration.ofSeconds(120);
  private static StreamsAppConfig cfg;
  private static RegistryStack stack;
  private static ConsumerRecord<String, Article> expected;

  @BeforeAll
  static void runPipeline(RegistryStack registryStack, @TempDir Path dir) throws Exception {
    stack = registryStack;
    cfg = StreamsAppConfig.load(null, Map.of(), Map.of(
        "bootstrap.servers", stack.bootstrapServers(), "schema.registry.url", stack.registryUrl(),
        "state.dir", dir.resolve("state").toString(), "application.id", "interop-it", "replication.factor", "1"));
    TopicSetup.create(cfg, 2);
    int rc = new CommandLine(new ProduceCommand()).execute("-b", stack.bootstrapServers(), "-q", SeedPage.FILE.toString());
    assertThat(rc).isZero();
    EventSerdes serdes = EventSerdes.withRegistry(cfg);
    try (StreamsRunner runner = StreamsRunner.start(cfg, ArticleTopology.build(cfg, serdes));
         OutputReader reader = new OutputReader(cfg, serdes)) {
      reader.readUntil(1, Duration.ofSeconds(120));
      assertThat(reader.articles()).hasSize(1);
      expected = reader.articles().get(0);
    }
    PipelineAssertions.assertSeedArticle(expected.value()); // our own registry deserializer reads it back
  }

  @Test
  void kafkajsDecodesTheArticleThroughTheRegistry() throws Exception {
    Path dir = ExternalTool.interopDir().resolve("kafkajs");
    assumeTrue(ExternalTool.works("node", "--version"), "node is not installed: kafkajs interop test skipped");
    assumeTrue(Files.isDirectory(dir.resolve("node_modules/@kafkajs/confluent-schema-registry")),
        "kafkajs packages not installed: run 'npm ci --prefix interop/kafkajs' (test skipped)");
    JsonNode records = JSON.readTree(ExternalTool.runText(List.of("node", "read-articles.js",
        stack.bootstrapServers(), stack.registryUrl(), cfg.topics().clean(), "1", "90000"), dir, TOOL_TIMEOUT));
    assertThat(records).hasSize(1);
    JsonNode record = records.get(0);
    assertThat(record.get("key").asText()).isEqualTo(expected.key());
    assertThat(record.get("magic").asInt()).isZero();
    assertThat(record.get("schemaId").asInt()).isEqualTo(latestSchemaId(cfg.topics().clean()));
    assertArticleFields(record.get("value"));
  }

  @Test
  void kcatSeesKeyNoHeadersAndAConfluentFramedValue() throws Exception {
    assumeTrue(ExternalTool.works("kcat", "-V"), "kcat is not installed (apt-get install kcat): test skipped");
    // key TAB headers TAB value-length TAB value-bytes; the length lets us cut the binary value out exactly.
    byte[] out = ExternalTool.run(List.of("kcat", "-C", "-b", stack.bootstrapServers(), "-t", cfg.topics().clean(),
        "-o", "beginning", "-e", "-q", "-X", "isolation.level=read_committed", "-f", "%k\t%h\t%S\t%s\n"),
        Path.of("."), TOOL_TIMEOUT);
    List<String> fields = new ArrayList<>();
    int at = 0;
    while (fields.size() < 3) {
      int tab = indexOf(out, (byte) '\t', at);
      fields.add(new String(out, at, tab - at, StandardCharsets.UTF_8));
      at = tab + 1;
    }
    int length = Integer.parseInt(fields.get(2));
    byte[] value = java.util.Arrays.copyOfRange(out, at, at + length);
    assertThat(out.length).as("exactly one record").isEqualTo(at + length + 1);

    assertThat(fields.get(0)).isEqualTo(expected.key());
    assertThat(fields.get(1)).as("headers as kcat prints them").isEqualTo(kcatHeaders(expected))
        .as("the schema id travels in the value, not in headers").doesNotContain("apicurio");
    assertThat(value[0]).as("magic byte").isZero();
    assertThat(ByteBuffer.wrap(value, 1, 4).getInt()).isEqualTo(latestSchemaId(cfg.topics().clean()));
    assertThat(EventSerdes.withRegistry(cfg).article().deserializer().deserialize(cfg.topics().clean(), value))
        .isEqualTo(expected.value());
  }

  @Test
  void pythonConfluentKafkaDecodesTheArticleThroughTheRegistry() throws Exception {
    String python = System.getenv().getOrDefault("NEWSSTREAM_PYTHON",
        Files.isExecutable(Path.of("/usr/bin/python3")) ? "/usr/bin/python3" : "python3");
    assumeTrue(ExternalTool.works(python, "-c", "import confluent_kafka.avro, avro, requests"),
        python + " lacks confluent_kafka.avro (apt-get install python3-confluent-kafka python3-avro python3-requests):"
            + " test skipped");
    JsonNode records = JSON.readTree(ExternalTool.runText(List.of(python, "read_articles.py",
        stack.bootstrapServers(), stack.registryUrl(), cfg.topics().clean(), "1", "90"),
        ExternalTool.interopDir().resolve("python"), TOOL_TIMEOUT));
    assertThat(records).hasSize(1);
    assertThat(records.get(0).get("key").asText()).isEqualTo(expected.key());
    assertArticleFields(records.get(0).get("value"));
  }

  /** The fields a downstream team relies on, as the third-party client decoded them. */
  private static void assertArticleFields(JsonNode value) {
    Article a = expected.value();
    assertThat(value.get("id").asText()).isEqualTo(a.getId());
    assertThat(value.get("title").asText()).isEqualTo(SeedPage.TITLE);
    assertThat(value.get("site").asText()).isEqualTo("Sputnik International");
    assertThat(value.get("publishedAt").asLong()).isEqualTo(a.getPublishedAt().toEpochMilli());
    assertThat(StreamSupport.stream(value.get("tags").spliterator(), false).map(JsonNode::asText).toList())
        .isEqualTo(a.getTags()).contains("marco rubio");
    assertThat(value.get("language").asText()).isEqualTo("en");
    assertThat(value.get("body").asText()).isEqualTo(a.getBody()).contains(SeedPage.PARAGRAPHS.get(0));
    assertThat(value.get("wordCount").asInt()).isEqualTo(a.getWordCount());
  }

  /** Asked of the registry over plain HTTP, independently of our client. */
  private static int latestSchemaId(String topic) throws Exception {
    HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
        URI.create(stack.registryUrl() + "/subjects/" + topic + "-value/versions/latest")).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    return JSON.readTree(r.body()).get("id").asInt();
  }

  private static String kcatHeaders(ConsumerRecord<String, Article> record) {
    List<String> parts = new ArrayList<>();
    for (Header h : record.headers()) {
      parts.add(h.key() + "=" + new String(h.value(), StandardCharsets.UTF_8));
    }
    return String.join(",", parts);
  }

  private static int indexOf(byte[] bytes, byte b, int from) {
    for (int i = from; i < bytes.length; i++) {
      if (bytes[i] == b) {
        return i;
      }
    }
    throw new AssertionError("unexpected kcat output: " + new String(bytes, StandardCharsets.UTF_8));
  }
}
