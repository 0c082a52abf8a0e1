package dev.newsstream.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsstream.cli.NewsstreamCli;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;
import picocli.CommandLine;

/**
 * No Docker engine runs on CI, so the compose file is checked structurally: the services the README promises,
 * health checks, start order, and that every command it runs is a real subcommand of our CLI.
 */
class DockerComposeTest {
  static final Path ROOT = Path.of("..");
  static Map<String, Map<String, Object>> services;

  @BeforeAll
  @SuppressWarnings("unchecked")
  static void load() throws IOException {
    try (Reader r = Files.newBufferedReader(ROOT.resolve("docker-compose.yml"))) {
      Map<String, Object> compose = new Yaml().load(r);
      services = (Map<String, Map<String, Object>>) compose.get("services");
    }
  }

  @Test
  void hasTheFullStack() {
    assertThat(services).containsKeys("kafka", "schema-registry", "streams-app", "producer", "prometheus", "grafana");
    assertThat((String) services.get("kafka").get("image")).startsWith("apache/kafka:");
  }

  /** The Docker stack runs the versions the Maven build and README name (the pom's properties), never older ones. */
  @Test
  void imagesPinTheVersionsOfThePom() throws Exception {
    org.w3c.dom.Document pom = javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder()
        .parse(ROOT.resolve("pom.xml").toFile());
    String kafka = pom.getElementsByTagName("kafka.version").item(0).getTextContent().trim();
    String apicurio = pom.getElementsByTagName("apicurio.version").item(0).getTextContent().trim();
    assertThat((String) services.get("kafka").get("image")).isEqualTo("apache/kafka:" + kafka);
    assertThat((String) services.get("schema-registry").get("image"))
        .isEqualTo("apicurio/apicurio-registry:" + apicurio);
  }

  @Test
  @SuppressWarnings("unchecked")
  void kafkaRunsInKraftModeWithSingleNodeReplication() {
    Map<String, Object> env = (Map<String, Object>) services.get("kafka").get("environment");
    assertThat(env.get("KAFKA_PROCESS_ROLES")).isEqualTo("broker,controller");
    assertThat(env.get("KAFKA_OFFSETS_TOPIC_REPLICATION_FACTOR")).isEqualTo(1);
    assertThat(env.get("KAFKA_TRANSACTION_STATE_LOG_REPLICATION_FACTOR")).isEqualTo(1);
    assertThat(env.get("KAFKA_TRANSACTION_STATE_LOG_MIN_ISR")).isEqualTo(1);
  }

  @Test
  void everyLongRunningServiceHasAHealthCheck() {
    for (String name : List.of("kafka", "schema-registry", "streams-app")) {
      assertThat(services.get(name)).as(name).containsKey("healthcheck");
    }
  }

  @Test
  @SuppressWarnings("unchecked")
  void appsStartOnlyAfterTheirDependenciesAreHealthy() {
    Map<String, Map<String, String>> deps = (Map<String, Map<String, String>>) services.get("streams-app").get("depends_on");
    assertThat(deps.get("kafka").get("condition")).isEqualTo("service_healthy");
    assertThat(deps.get("schema-registry").get("condition")).isEqualTo("service_healthy");
    Map<String, Map<String, String>> producerDeps = (Map<String, Map<String, String>>) services.get("producer").get("depends_on");
    assertThat(producerDeps.get("kafka").get("condition")).isEqualTo("service_healthy");
  }

  @Test
  @SuppressWarnings("unchecked")
  void imagesAreBuiltFromThisRepositoryAndRunRealSubcommands() {
    assertThat(services.get("streams-app").get("build")).isEqualTo(".");
    assertThat(Files.exists(ROOT.resolve("Dockerfile"))).isTrue();
    CommandLine cli = NewsstreamCli.commandLine();
    for (String name : List.of("streams-app", "producer")) {
      List<String> command = (List<String>) services.get(name).get("command");
      assertThat(cli.getSubcommands()).as(name).containsKey(command.get(0));
      CommandLine.ParseResult parsed = cli.parseArgs(command.toArray(String[]::new));
      assertThat(parsed.hasSubcommand()).isTrue();
    }
  }

  @Test
  @SuppressWarnings("unchecked")
  void everyFileMountedFromTheRepositoryExists() {
    int checked = 0;
    for (var e : services.entrySet()) {
      for (String volume : (List<String>) e.getValue().getOrDefault("volumes", List.of())) {
        String source = volume.split(":")[0];
        if (source.startsWith("./")) {
          assertThat(ROOT.resolve(source)).as(e.getKey() + " mounts " + source).exists();
          checked++;
        }
      }
    }
    assertThat(checked).isGreaterThanOrEqualTo(3);
  }

  @Test
  @SuppressWarnings("unchecked")
  void prometheusScrapesEveryReplicaOfTheStreamsAppOnItsMetricsPort() throws IOException {
    Map<String, Object> prometheus;
    try (Reader r = Files.newBufferedReader(ROOT.resolve("deploy/prometheus/prometheus.yml"))) {
      prometheus = new Yaml().load(r);
    }
    Map<String, Object> job = ((List<Map<String, Object>>) prometheus.get("scrape_configs")).stream()
        .filter(j -> "newsstream".equals(j.get("job_name"))).findFirst().orElseThrow();
    // DNS discovery of the service name finds all replicas under --scale; a static target would find one.
    Map<String, Object> dns = ((List<Map<String, Object>>) job.get("dns_sd_configs")).get(0);
    assertThat((List<String>) dns.get("names")).containsExactly("streams-app");
    assertThat(dns.get("port")).isEqualTo(9464);
    Map<String, Object> env = (Map<String, Object>) services.get("streams-app").get("environment");
    assertThat(String.valueOf(env.get("NEWSSTREAM_METRICS_PORT"))).isEqualTo("9464");
  }

  @Test
  @SuppressWarnings("unchecked")
  void theStreamsAppCanBeScaledWithoutHostPortOrNameClashes() {
    Map<String, Object> app = services.get("streams-app");
    assertThat(app).doesNotContainKey("container_name");
    assertThat((List<Object>) app.get("ports")).singleElement().asString().matches("9464-94\\d\\d:9464");
    Map<String, Object> env = (Map<String, Object>) app.get("environment");
    assertThat(env).doesNotContainKey("NEWSSTREAM_STATE_DIR"); // each container keeps its own default state dir
  }
}
