package dev.newsstream.streams.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.newsstream.schema.RejectedPage;
import dev.newsstream.schema.registry.SchemaRegistryException;
import dev.newsstream.schema.serde.AvroSerde;
import dev.newsstream.streams.config.StreamsAppConfig;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.errors.StreamsException;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The exception handlers StreamsAppConfig installs, exercised through real Kafka Streams machinery (TTD): a stage
 * that throws, or an output that cannot be serialised, rejects that one page and the stream goes on.
 */
class ExceptionHandlersTest {
  @TempDir Path stateDir;
  private final AvroSerde<RejectedPage> rejectedSerde = new AvroSerde<>(RejectedPage.class);

  private StreamsAppConfig config() {
    return StreamsAppConfig.load(null, Map.of(), Map.of("state.dir", stateDir.toString()));
  }

  /** raw -> "enrich-entities" (throws on "boom") -> clean, with a value serializer that fails on "unserialisable". */
  private static Topology failingStageTopology(StreamsAppConfig cfg) {
    Serializer<String> picky = (topic, value) -> {
      if (value.toLowerCase(java.util.Locale.ROOT).contains("unserialisable")) {
        throw new SerializationException("cannot write " + value);
      }
      return value.getBytes(StandardCharsets.UTF_8);
    };
    StreamsBuilder b = new StreamsBuilder();
    b.stream(cfg.topics().raw(), Consumed.with(Serdes.String(), Serdes.String()))
        .mapValues(v -> {
          if (v.contains("boom")) {
            throw new IllegalStateException("entity model crashed on " + v);
          }
          return v.toUpperCase();
        }, Named.as("enrich-entities"))
        .to(cfg.topics().clean(), Produced.with(Serdes.String(), Serdes.serdeFrom(picky, Serdes.String().deserializer())));
    return b.build();
  }

  @Test
  void aStageThatThrowsRejectsOnlyThatPageWithStageExceptionAndOriginalBytes() {
    StreamsAppConfig cfg = config();
    Properties props = ErrorHandlers.streamsProperties(cfg);
    try (TopologyTestDriver driver = new TopologyTestDriver(failingStageTopology(cfg), props)) {
      TestInputTopic<String, String> raw = driver.createInputTopic(cfg.topics().raw(), new StringSerializer(), new StringSerializer());
      TestOutputTopic<String, String> clean = driver.createOutputTopic(cfg.topics().clean(), new StringDeserializer(), new StringDeserializer());
      TestOutputTopic<String, byte[]> rejected = driver.createOutputTopic(cfg.topics().rejected(), new StringDeserializer(), new ByteArrayDeserializer());
      TestOutputTopic<byte[], byte[]> dlq = driver.createOutputTopic("pages.deadletter", new ByteArrayDeserializer(), new ByteArrayDeserializer());

      raw.pipeInput("https://a.example/1", "first page");
      raw.pipeInput("https://a.example/2", "boom page");
      raw.pipeInput("https://a.example/3", "third page");

      assertThat(clean.readValuesToList()).containsExactly("FIRST PAGE", "THIRD PAGE");
      TestRecord<String, byte[]> r = rejected.readRecord();
      assertThat(r.key()).isEqualTo("https://a.example/2");
      RejectedPage page = rejectedSerde.fromBytes(r.value());
      assertThat(page.getReason()).isEqualTo("INTERNAL_ERROR");
      assertThat(page.getStage()).isEqualTo("enrich");
      assertThat(page.getExceptionClass()).isEqualTo(IllegalStateException.class.getName());
      assertThat(page.getMessage()).contains("entity model crashed");
      assertThat(page.getSourceTopic()).isEqualTo(cfg.topics().raw());
      assertThat(page.getSourceOffset()).isEqualTo(1L);
      assertThat(new String(page.getOriginalBytes().array(), StandardCharsets.UTF_8)).isEqualTo("boom page");
      assertThat(rejected.isEmpty()).isTrue();

      // KIP-1034 copy: raw source record plus the error headers Kafka Streams defines.
      TestRecord<byte[], byte[]> copy = dlq.readRecord();
      assertThat(new String(copy.value(), StandardCharsets.UTF_8)).isEqualTo("boom page");
      assertThat(new String(copy.headers().lastHeader("__streams.errors.exception").value(), StandardCharsets.UTF_8))
          .isEqualTo(IllegalStateException.class.getName());
    }
  }

  @Test
  void anOutputThatCannotBeSerialisedRejectsThePage() {
    StreamsAppConfig cfg = config();
    try (TopologyTestDriver driver = new TopologyTestDriver(failingStageTopology(cfg), ErrorHandlers.streamsProperties(cfg))) {
      TestInputTopic<String, String> raw = driver.createInputTopic(cfg.topics().raw(), new StringSerializer(), new StringSerializer());
      TestOutputTopic<String, String> clean = driver.createOutputTopic(cfg.topics().clean(), new StringDeserializer(), new StringDeserializer());
      TestOutputTopic<String, byte[]> rejected = driver.createOutputTopic(cfg.topics().rejected(), new StringDeserializer(), new ByteArrayDeserializer());

      raw.pipeInput("https://a.example/x", "unserialisable page");
      raw.pipeInput("https://a.example/y", "fine page");

      assertThat(clean.readValuesToList()).containsExactly("FINE PAGE");
      RejectedPage page = rejectedSerde.fromBytes(rejected.readValue());
      assertThat(page.getReason()).isEqualTo("SERIALISE_FAILED");
      assertThat(page.getStage()).isEqualTo("serialise");
      assertThat(page.getExceptionClass()).isEqualTo(SerializationException.class.getName());
      assertThat(page.getSourceOffset()).isZero();
    }
  }

  @Test
  void theDeadLetterCopyCanBeSwitchedOff() {
    StreamsAppConfig cfg = StreamsAppConfig.load(null, Map.of(), Map.of("state.dir", stateDir.toString(),
        "kafka.errors.dead.letter.queue.topic.name", ""));
    assertThat(cfg.deadLetterTopic()).isNull();
    assertThat(ErrorHandlers.streamsProperties(cfg)).doesNotContainKey("errors.dead.letter.queue.topic.name");
    assertThat(config().deadLetterTopic()).isEqualTo("pages.deadletter");
  }

  @Test
  void stageNamesComeFromProcessorNames() {
    assertThat(DeadLetters.stageOf("enrich-entities")).isEqualTo("enrich");
    assertThat(DeadLetters.stageOf("dedup")).isEqualTo("dedup");
    assertThat(DeadLetters.stageOf(null)).isEqualTo("unknown");
  }

  @Test
  void aRegistryThatDoesNotAnswerHoldsThePageInsteadOfRejectingIt() {
    StreamsAppConfig cfg = config();
    SchemaRegistryException down = new SchemaRegistryException("Schema registry at http://registry:8081 did not "
        + "answer POST /subjects/x/versions: cannot connect", SchemaRegistryException.NO_ANSWER, null);
    boolean[] registryUp = {false};
    // The sink's serialiser (duplicates, rejected) and a stage that serialises (the size guard) both meet the outage.
    Serializer<String> registrySerde = (topic, value) -> {
      if (!registryUp[0]) {
        throw new SerializationException("Cannot serialize Article for topic " + topic + ": " + down.getMessage(), down);
      }
      return value.getBytes(StandardCharsets.UTF_8);
    };
    StreamsBuilder b = new StreamsBuilder();
    b.stream(cfg.topics().raw(), Consumed.with(Serdes.String(), Serdes.String()))
        .mapValues(v -> {
          if (v.contains("guard") && !registryUp[0]) {
            throw down;
          }
          return v;
        }, Named.as("encode-and-size-guard"))
        .to(cfg.topics().clean(), Produced.with(Serdes.String(), Serdes.serdeFrom(registrySerde, Serdes.String().deserializer())));
    try (TopologyTestDriver driver = new TopologyTestDriver(b.build(), ErrorHandlers.streamsProperties(cfg))) {
      TestInputTopic<String, String> raw = driver.createInputTopic(cfg.topics().raw(), new StringSerializer(), new StringSerializer());
      TestOutputTopic<String, String> clean = driver.createOutputTopic(cfg.topics().clean(), new StringDeserializer(), new StringDeserializer());
      TestOutputTopic<String, byte[]> rejected = driver.createOutputTopic(cfg.topics().rejected(), new StringDeserializer(), new ByteArrayDeserializer());
      TestOutputTopic<byte[], byte[]> dlq = driver.createOutputTopic("pages.deadletter", new ByteArrayDeserializer(), new ByteArrayDeserializer());

      // FAIL: the task fails (in the app: thread replaced, task retried from its last commit), nothing is rejected.
      assertThatThrownBy(() -> raw.pipeInput("https://a.example/1", "sink page")).isInstanceOf(StreamsException.class)
          .hasRootCauseInstanceOf(SchemaRegistryException.class);
      assertThatThrownBy(() -> raw.pipeInput("https://a.example/2", "guard page")).isInstanceOf(StreamsException.class)
          .hasRootCauseInstanceOf(SchemaRegistryException.class);
      assertThat(rejected.isEmpty()).isTrue();
      assertThat(dlq.isEmpty()).isTrue();
      assertThat(clean.isEmpty()).isTrue();

      // Registry back: the same pages (as Kafka would redeliver them after the retry) go through.
      registryUp[0] = true;
      raw.pipeInput("https://a.example/1", "sink page");
      raw.pipeInput("https://a.example/2", "guard page");
      assertThat(clean.readValuesToList()).containsExactly("sink page", "guard page");
      assertThat(rejected.isEmpty()).isTrue();
    }
  }
}
