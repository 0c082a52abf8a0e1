package dev.newsstream.streams.config;

import dev.newsstream.config.ConfigSource;
import dev.newsstream.config.KafkaPassThrough;
import dev.newsstream.schema.registry.SchemaRegistryClient;
import java.net.URI;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.streams.StreamsConfig;

/**
 * Every setting of the streams app, typed and validated at start. Sources, later wins: defaults, a properties
 * file ({@code --config} or NEWSSTREAM_CONFIG), NEWSSTREAM_* environment variables, CLI flags.
 * Kafka client/streams settings pass through as {@code kafka.<name>}.
 * {@code schema.registry.url}: the Confluent-compatible registry API the output topics' schemas live in
 * (Apicurio: {@code http://HOST:PORT/apis/ccompat/v7}); no default, {@code run} requires it.
 * {@code schema.registry.max.wait.seconds} (default 300): how long a registry call waits for a registry that does
 * not answer (at start-up and while running) before it fails; pages are held meanwhile, never rejected.
 */
public record StreamsAppConfig(
    String bootstrapServers,
    String applicationId,
    Topics topics,
    String processingGuarantee,
    int streamThreads,
    Path stateDir,
    int maxPageBytes,
    int replicationFactor,
    Dedup dedup,
    Enrich enrich,
    Properties kafkaOverrides,
    Optional<URI> schemaRegistryUrl,
    Metrics metrics,
    int maxOutputBytes,
    java.time.Duration schemaRegistryMaxWait,
    Analytics analytics) {

  /**
   * Deduplication settings. {@code horizon}: how long stores remember an article (older pages are compared
   * against nothing). {@code bands x rows} MinHash values form the signature; a candidate found through a band
   * is a near-duplicate when its estimated Jaccard similarity of {@code shingleWords}-word shingles reaches
   * {@code nearThreshold}. Values chosen by {@code newsstream bench dedup} (docs/BENCHMARKS.md).
   */
  public record Dedup(java.time.Duration horizon, double nearThreshold, int bands, int rows, int shingleWords,
      int bandShards, int idPartitions) {
    /**
     * Band keys are spread over {@code bandShards} tasks; an article sends one probe per shard, not per band, and
     * each shard stores its signature once. 2: 5 repartition records per page instead of 9 with 4 (and half the
     * signature bytes); the band task is cheap, so more shards only pay when many stream threads share the load.
     */
    public static final int DEFAULT_BAND_SHARDS = 2;

    /**
     * Partitions of both topics keyed by article id, {@code dedup-by-id} (articles) and {@code dedup-decide-by-id}
     * (band replies, corrections): one task reads partition p of both, so an article's URL stage and its decision run
     * in one task and the article crosses Kafka once. 6: what {@code run --create-topics} gives the pipeline's topics.
     */
    public static final int DEFAULT_ID_PARTITIONS = 6;
    /** Highest {@code dedup.id.partitions}: a task per partition, each with its stores and changelog partitions. */
    public static final int MAX_ID_PARTITIONS = 1024;

    public Dedup(java.time.Duration horizon, double nearThreshold, int bands, int rows, int shingleWords) {
      this(horizon, nearThreshold, bands, rows, shingleWords, DEFAULT_BAND_SHARDS, DEFAULT_ID_PARTITIONS);
    }

    public Dedup {
      if (horizon.isNegative() || horizon.isZero()) {
        throw new ConfigSource.ConfigException("dedup.horizon must be positive, got " + horizon);
      }
      if (!(nearThreshold > 0 && nearThreshold <= 1)) {
        throw new ConfigSource.ConfigException("dedup.near.threshold must be in (0, 1], got " + nearThreshold);
      }
      if (bands * rows > 512) {
        throw new ConfigSource.ConfigException("dedup.bands x dedup.rows must be at most 512, got " + bands * rows);
      }
      if (bandShards < 1) {
        throw new ConfigSource.ConfigException("dedup.band.shards must be 1 or more, got " + bandShards);
      }
      if (idPartitions < 1 || idPartitions > MAX_ID_PARTITIONS) {
        throw new ConfigSource.ConfigException("dedup.id.partitions must be in 1.." + MAX_ID_PARTITIONS + ", got "
            + idPartitions);
      }
    }

    public int signatureSize() {
      return bands * rows;
    }
  }

  /** Names of the topics the pipeline reads and writes. */
  public record Topics(String raw, String clean, String duplicates, String rejected) {
    public List<String> all() {
      return List.of(raw, clean, duplicates, rejected);
    }
  }

  /**
   * The HTTP endpoint ({@code metrics.port}: 0 = any free port, -1 = off) and how often the app probes its own
   * consumer lag for the lag gauges ({@code metrics.lag.interval.seconds}, 0 = off).
   */
  public record Metrics(int port, int lagIntervalSeconds) {}

  /**
   * Entity enrichment: on/off, which types to keep, the confidence floor per mention and a cap on the characters
   * of a body the model reads (the time guard for huge pages).
   */
  /**
   * @param languages ISO 639-1 codes of articles the model is run on (the shipped model is English); an article of
   *     another detected language gets no entities rather than wrong ones. Empty = every article.
   * @param preload languages whose model is loaded before the stream threads start (enrich.preload: "all" = every
   *     language {@code languages} covers, in its order), never inside an exactly-once transaction; the others load
   *     at their first article, inside one (see {@link #lazyLanguages()})
   */
  public record Enrich(boolean enabled, Set<String> types, double minConfidence, int maxChars, Set<String> languages,
      List<String> preload) {
    /** The entity types an article can carry (the Avro contract's strings); enrich.types picks among them. */
    public static final Set<String> ALL_TYPES = Set.of("PERSON", "ORGANIZATION", "LOCATION", "MISC");
    /**
     * Languages the app ships an NER model for (enrich's NerLanguages.SUPPORTED, which a test keeps equal; not
     * imported, config must not depend on enrich): enrich.languages names only these.
     */
    public static final Set<String> MODEL_LANGUAGES = Set.of("en", "de", "fr", "es", "zh");

    /**
     * Languages NER covers whose model is not preloaded, so it loads at the first such article inside the stream
     * thread's open transaction (German 10-44 s, Chinese longer; docs/NER.md). English never is one: its ensemble
     * loads when the enrich task starts, before it processes a record.
     */
    public Set<String> lazyLanguages() {
      return enabled ? EnrichPreload.lazy(languages.isEmpty() ? MODEL_LANGUAGES : languages, preload) : Set.of();
    }

    /** Whether an article in {@code language} (null = undetected, tried) is run through NER. */
    public boolean covers(String language) {
      return languages.isEmpty() || language == null || languages.contains(language);
    }
  }

  /**
   * Streaming analytics (issue 19, docs/ANALYTICS.md): on/off; the tumbling window sizes of the entity trends
   * ({@code analytics.windows}, e.g. 1h,1d); how late (in the articles' own time) an article may still change a
   * window that has ended ({@code analytics.grace}); how many windows of each size stay queryable
   * ({@code analytics.windows.kept}); the output topics; and the {@code host[:port]} other instances reach this
   * one's HTTP endpoint at ({@code analytics.advertised.host}, port defaults to metrics.port), which becomes
   * Kafka Streams' application.server; and the number of tasks (partitions of the repartition topic) the trend
   * counts are spread over ({@code analytics.entity.shards}).
   */
  public record Analytics(boolean enabled, List<TrendWindow> windows, java.time.Duration grace, int windowsKept,
      String trendsTopic, String storiesTopic, String advertisedServer, int entityShards) {
    /**
     * An article sends one record per shard its entities fall into, not one per entity: 2 shards, at most 2
     * records per page (~19 entities on a bench page). The trends task is cheap, so more shards only pay when many
     * stream threads share the load (the same reasoning as {@link Dedup#DEFAULT_BAND_SHARDS}).
     */
    public static final int DEFAULT_ENTITY_SHARDS = 2;

    /** The application.server value, or null when other instances cannot reach this one (no fixed HTTP port). */
    public String applicationServer() {
      return enabled ? advertisedServer : null;
    }
  }

  /** A tumbling window size and its label as written in analytics.windows ({@code 1h}, {@code 30m}, {@code 1d}). */
  public record TrendWindow(String label, java.time.Duration size) {
    public long sizeMs() {
      return size.toMillis();
    }

    /** Start (epoch ms, inclusive) of the window holding {@code timeMs}: windows are aligned to the epoch. */
    public long startOf(long timeMs) {
      return Math.floorDiv(timeMs, sizeMs()) * sizeMs();
    }
  }

  public static Properties defaults() {
    Properties d = new Properties();
    d.setProperty("bootstrap.servers", "localhost:9092");
    d.setProperty("application.id", "newsstream");
    d.setProperty("topic.raw", "pages.raw");
    d.setProperty("topic.clean", "articles.clean");
    d.setProperty("topic.duplicates", "articles.duplicates");
    d.setProperty("topic.rejected", "pages.rejected");
    d.setProperty("processing.guarantee", StreamsConfig.EXACTLY_ONCE_V2);
    d.setProperty("stream.threads", "1");
    d.setProperty("state.dir", System.getProperty("java.io.tmpdir") + "/newsstream-state");
    d.setProperty("max.page.bytes", String.valueOf(5 * 1024 * 1024));
    d.setProperty("replication.factor", "-1");
    d.setProperty("schema.registry.max.wait.seconds", "300");
    d.setProperty("metrics.port", "9464");
    d.setProperty("metrics.lag.interval.seconds", "15");
    d.setProperty("enrich.enabled", "true");
    d.setProperty("enrich.types", "PERSON,ORGANIZATION,LOCATION,MISC");
    d.setProperty("enrich.min.confidence", "0.5");
    d.setProperty("enrich.max.chars", "100000");
    d.setProperty("enrich.languages", "en,de,fr,es,zh");
    d.setProperty("enrich.preload", "all");
    d.setProperty("dedup.horizon", "P30D");
    d.setProperty("dedup.near.threshold", "0.5");
    d.setProperty("dedup.bands", "20");
    d.setProperty("dedup.rows", "3");
    d.setProperty("dedup.shingle.words", "3");
    d.setProperty("dedup.band.shards", String.valueOf(Dedup.DEFAULT_BAND_SHARDS));
    d.setProperty("dedup.id.partitions", String.valueOf(Dedup.DEFAULT_ID_PARTITIONS));
    // Largest serialised article sent to topic.clean; bigger ones are rejected (OUTPUT_TOO_LARGE) before the write,
    // because under exactly-once a write the broker refuses fails the whole transaction, again and again.
    // Fits the broker default message.max.bytes (1 MiB); lowered further to the clean topic's max.message.bytes.
    d.setProperty("max.output.bytes", "1000000");
    // KIP-1034 dead-letter topic: raw copies of records the exception handlers catch (RejectedPage goes to
    // topic.rejected as well). Empty value: no dead-letter copies.
    d.setProperty("kafka." + StreamsConfig.ERRORS_DEAD_LETTER_QUEUE_TOPIC_NAME_CONFIG, "pages.deadletter");
    d.setProperty("analytics.enabled", "true");
    d.setProperty("analytics.windows", "1h,1d");
    // Articles arrive in any order of their own time (backfills, re-crawls): a day of lateness is still counted.
    d.setProperty("analytics.grace", "P1D");
    d.setProperty("analytics.windows.kept", "48");
    d.setProperty("analytics.topic.trends", "analytics.entity-trends");
    d.setProperty("analytics.topic.stories", "analytics.story-reach");
    d.setProperty("analytics.advertised.host", "localhost");
    d.setProperty("analytics.entity.shards", String.valueOf(Analytics.DEFAULT_ENTITY_SHARDS));
    return d;
  }

  public static StreamsAppConfig load(Path file, Map<String, String> env, Map<String, String> overrides) {
    Path configFile = file;
    if (configFile == null && env.get(ConfigSource.ENV_PREFIX + "CONFIG") != null) {
      configFile = Path.of(env.get(ConfigSource.ENV_PREFIX + "CONFIG"));
    }
    return from(ConfigSource.load(defaults(), configFile, env, overrides));
  }

  public static StreamsAppConfig from(Properties p) {
    String guarantee = ConfigSource.require(p, "processing.guarantee");
    if (!List.of(StreamsConfig.EXACTLY_ONCE_V2, StreamsConfig.AT_LEAST_ONCE).contains(guarantee)) {
      throw new ConfigSource.ConfigException("processing.guarantee must be exactly_once_v2 or at_least_once, got '"
          + guarantee + "'");
    }
    Topics topics = new Topics(ConfigSource.require(p, "topic.raw"), ConfigSource.require(p, "topic.clean"),
        ConfigSource.require(p, "topic.duplicates"), ConfigSource.require(p, "topic.rejected"));
    if (topics.all().stream().distinct().count() != 4) {
      throw new ConfigSource.ConfigException("topic.raw, topic.clean, topic.duplicates and topic.rejected must differ: " + topics);
    }
    Analytics analytics = AnalyticsSettings.from(p);
    if (topics.all().contains(analytics.trendsTopic()) || topics.all().contains(analytics.storiesTopic())) {
      throw new ConfigSource.ConfigException("analytics.topic.trends and analytics.topic.stories must differ from the "
          + "pipeline's topics " + topics.all());
    }
    Properties kafkaOverrides = ConfigSource.kafkaClientProperties(p);
    // A bad kafka.* value is a setting to fix (one error line, exit 2), not a stack trace from a client constructor.
    KafkaPassThrough.check(kafkaOverrides, KafkaPassThrough.streamsApp(StreamsConfig.configDef()));
    return new StreamsAppConfig(
        ConfigSource.require(p, "bootstrap.servers"),
        ConfigSource.require(p, "application.id"),
        topics,
        guarantee,
        ConfigSource.intValue(p, "stream.threads", 1, 64),
        Path.of(ConfigSource.require(p, "state.dir")),
        ConfigSource.intValue(p, "max.page.bytes", 1024, 256 * 1024 * 1024),
        ConfigSource.intValue(p, "replication.factor", -1, 32),
        new Dedup(durationValue(p, "dedup.horizon"), doubleValue(p, "dedup.near.threshold"),
            ConfigSource.intValue(p, "dedup.bands", 1, 64), ConfigSource.intValue(p, "dedup.rows", 1, 32),
            ConfigSource.intValue(p, "dedup.shingle.words", 1, 12), ConfigSource.intValue(p, "dedup.band.shards", 1, 256),
            ConfigSource.intValue(p, "dedup.id.partitions", 1, Dedup.MAX_ID_PARTITIONS)),
        EnrichSettings.from(p),
        kafkaOverrides,
        registryUrl(p),
        new Metrics(ConfigSource.intValue(p, "metrics.port", -1, 65535),
            ConfigSource.intValue(p, "metrics.lag.interval.seconds", 0, 86400)),
        ConfigSource.intValue(p, "max.output.bytes", 1024, 256 * 1024 * 1024),
        java.time.Duration.ofSeconds(ConfigSource.intValue(p, "schema.registry.max.wait.seconds", 0, 86400)),
        analytics);
  }

  private static Optional<URI> registryUrl(Properties p) {
    String raw = p.getProperty("schema.registry.url", "");
    if (raw.isBlank()) {
      return Optional.empty();
    }
    try {
      return Optional.of(URI.create(SchemaRegistryClient.validUrl(raw)));
    } catch (IllegalArgumentException e) {
      throw new ConfigSource.ConfigException("schema.registry.url: " + e.getMessage());
    }
  }

  /** ISO-8601 duration (P30D, PT12H) or a whole number of days (30). */
  static java.time.Duration durationValue(Properties p, String key) {
    String raw = ConfigSource.require(p, key);
    try {
      return raw.matches("\\d+") ? java.time.Duration.ofDays(Long.parseLong(raw))
          : java.time.Duration.parse(raw.toUpperCase(java.util.Locale.ROOT));
    } catch (java.time.format.DateTimeParseException | ArithmeticException e) {
      throw new ConfigSource.ConfigException(key + " must be an ISO-8601 duration such as P30D or PT12H, got '" + raw + "'");
    }
  }

  static double doubleValue(Properties p, String key) {
    String raw = ConfigSource.require(p, key);
    try {
      return Double.parseDouble(raw);
    } catch (NumberFormatException e) {
      throw new ConfigSource.ConfigException(key + " must be a number, got '" + raw + "'");
    }
  }

  /** This configuration with its local state in {@code dir} (StateDirGuard: the default is keyed by cluster id). */
  public StreamsAppConfig withStateDir(Path dir) {
    return new StreamsAppConfig(bootstrapServers, applicationId, topics, processingGuarantee, streamThreads, dir,
        maxPageBytes, replicationFactor, dedup, enrich, kafkaOverrides, schemaRegistryUrl, metrics, maxOutputBytes,
        schemaRegistryMaxWait, analytics);
  }

  /** This configuration with {@code maxOutputBytes} lowered to {@code limit} (e.g. the clean topic's own limit). */
  public StreamsAppConfig withMaxOutputBytes(int limit) {
    return new StreamsAppConfig(bootstrapServers, applicationId, topics, processingGuarantee, streamThreads, stateDir,
        maxPageBytes, replicationFactor, dedup, enrich, kafkaOverrides, schemaRegistryUrl, metrics,
        Math.min(maxOutputBytes, limit), schemaRegistryMaxWait, analytics);
  }

  /** The KIP-1034 dead-letter topic, or null when disabled ({@code kafka.errors.dead.letter.queue.topic.name=}). */
  public String deadLetterTopic() {
    String t = kafkaOverrides.getProperty(StreamsConfig.ERRORS_DEAD_LETTER_QUEUE_TOPIC_NAME_CONFIG);
    return t == null || t.isBlank() ? null : t;
  }

  /** {@code max.task.idle.ms}: process whatever is buffered, never wait for other partitions of a task. */
  public static final long NO_TASK_IDLING = -1;

  /**
   * Producer transaction timeout, ms, when some language's NER model loads at its first article (inside an open
   * transaction): above the slowest load measured (Chinese model + segmenter, ~190 s at load 30; docs/NER.md), below
   * the broker's default transaction.max.timeout.ms (900 s) and equal to Streams' max.poll.interval.ms (300 s).
   */
  public static final int LAZY_MODEL_TXN_TIMEOUT_MS = 300_000;

  /** Commit interval under exactly-once unless kafka.commit.interval.ms says otherwise. */
  public static final long EOS_COMMIT_INTERVAL_MS = 50;

  /**
   * Settings for an Admin client of this app (topic checks, limits, transaction repair): the {@code kafka.*}
   * overrides (security, timeouts) without the Streams-only dead-letter setting, which Admin does not know, and the
   * bootstrap servers.
   */
  public Properties adminProperties() {
    Properties props = new Properties();
    props.putAll(kafkaOverrides);
    props.remove(StreamsConfig.ERRORS_DEAD_LETTER_QUEUE_TOPIC_NAME_CONFIG);
    props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
    return props;
  }

  /**
   * Kafka Streams settings from this configuration, without the exception handlers: the app runs with
   * {@link dev.newsstream.streams.reliability.ErrorHandlers#streamsProperties} (config knows no stage).
   */
  public Properties streamsProperties() {
    Properties props = new Properties();
    props.put(StreamsConfig.APPLICATION_ID_CONFIG, applicationId);
    props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
    props.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, processingGuarantee);
    props.put(StreamsConfig.NUM_STREAM_THREADS_CONFIG, streamThreads);
    props.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
    props.put(StreamsConfig.REPLICATION_FACTOR_CONFIG, replicationFactor);
    props.put(StreamsConfig.producerPrefix("max.request.size"), maxPageBytes + 1024 * 1024);
    props.put(StreamsConfig.producerPrefix("compression.type"), "zstd");
    if (StreamsConfig.EXACTLY_ONCE_V2.equals(processingGuarantee)) {
      // Under exactly-once a record on a repartition topic is readable downstream only once its transaction
      // commits, and a page crosses five sub-topologies: Streams' 100 ms default put p99 near 1 s at half load,
      // 50 ms brings it to ~0.7 s at the same throughput (docs/BENCHMARKS.md). kafka.commit.interval.ms overrides.
      props.put(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, EOS_COMMIT_INTERVAL_MS);
    }
    // The dedup URL/decision sub-topology reads two internal topics per task (by id; replies by id). Streams' default
    // (0) holds a task back while one of its partitions is empty and its lag unknown, and builds log text for each
    // such check (~3 % of the without-NER stream thread's CPU, docs/BENCHMARKS.md "Issue 16 item 5, session 6").
    // Timestamp order across those partitions buys nothing here: dedup verdicts do not depend on arrival order
    // (docs/DEDUP.md), and each stage's state is keyed per topic. kafka.max.task.idle.ms overrides.
    props.put(StreamsConfig.MAX_TASK_IDLE_MS_CONFIG, NO_TASK_IDLING);
    if (analytics.applicationServer() != null) {
      // Interactive queries: other instances find the owner of a key through this (docs/ANALYTICS.md).
      props.put(StreamsConfig.APPLICATION_SERVER_CONFIG, analytics.applicationServer());
    }
    if (StreamsConfig.EXACTLY_ONCE_V2.equals(processingGuarantee) && !enrich.lazyLanguages().isEmpty()) {
      // A model loaded at its first article holds the stream thread's transaction open for the load (German 44 s,
      // Chinese ~190 s at load 30), past Streams' 10 s default: the broker aborts it, the task is fenced and its
      // records processed again. The price of the longer timeout: a transaction left open by an instance that dies
      // and does not come back with its state dir holds read_committed readers of its output partitions (and the
      // task's next owner) back for up to this long instead of 10 s. enrich.preload=all avoids both.
      props.put(StreamsConfig.producerPrefix(ProducerConfig.TRANSACTION_TIMEOUT_CONFIG), LAZY_MODEL_TXN_TIMEOUT_MS);
    }
    props.putAll(kafkaOverrides);
    if (props.getProperty(StreamsConfig.ERRORS_DEAD_LETTER_QUEUE_TOPIC_NAME_CONFIG, "x").isBlank()) {
      props.remove(StreamsConfig.ERRORS_DEAD_LETTER_QUEUE_TOPIC_NAME_CONFIG);
    }
    return props;
  }
}
