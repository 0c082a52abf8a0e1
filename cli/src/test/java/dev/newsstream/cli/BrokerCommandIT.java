package dev.newsstream.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.junit.jupiter.api.Test;

/** `newsstream broker` as a user runs it: both servers answer until it is stopped, then neither does. */
class BrokerCommandIT {

  @Test
  void brokerAndRegistryServeUntilStopped() throws Exception {
    BrokerCommand cmd = new BrokerCommand();
    cmd.port = 0;
    cmd.registryPort = 0;
    CompletableFuture<String[]> ready = new CompletableFuture<>();
    cmd.onReady = (bootstrap, registry) -> ready.complete(new String[] {bootstrap, registry});
    CompletableFuture<Integer> exit = CompletableFuture.supplyAsync(() -> {
      try {
        return cmd.call();
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    });
    String[] addresses = ready.get(4, TimeUnit.MINUTES);
    try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, addresses[0]))) {
      admin.createTopics(List.of(new NewTopic("pages.raw", 1, (short) 1))).all().get(60, TimeUnit.SECONDS);
      assertThat(admin.listTopics().names().get(30, TimeUnit.SECONDS)).contains("pages.raw");
    }
    HttpResponse<String> subjects = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
            URI.create(addresses[1] + "/subjects")).timeout(Duration.ofSeconds(30)).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(subjects.statusCode()).isEqualTo(200);
    assertThat(BrokerCommand.nextSteps(addresses[0], addresses[1]))
        .contains("./newsstream run -b " + addresses[0] + " --schema-registry-url " + addresses[1]);

    cmd.stop.countDown();
    assertThat(exit.get(2, TimeUnit.MINUTES)).isZero();
    try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, addresses[0],
        AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 3000, AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 2000))) {
      assertThat(admin.listTopics().names()).failsWithin(Duration.ofSeconds(10));
    }
  }

  @Test
  void aPortAnotherProgramListensOnIsReportedInsteadOfReady() throws Exception {
    try (ServerSocket taken = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
      BrokerCommand cmd = new BrokerCommand();
      cmd.port = taken.getLocalPort();
      cmd.noRegistry = true;
      ByteArrayOutputStream err = new ByteArrayOutputStream();
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      PrintStream oldErr = System.err;
      PrintStream oldOut = System.out;
      System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
      System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
      int exit;
      try {
        exit = cmd.call();
      } finally {
        System.setErr(oldErr);
        System.setOut(oldOut);
      }
      assertThat(exit).isEqualTo(2);
      assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("error: port " + taken.getLocalPort() + " is in use");
      assertThat(out.toString(StandardCharsets.UTF_8)).doesNotContain("broker ready").doesNotContain("starting");
    }
  }

  @Test
  void aRegistryPortInUseIsReportedBeforeTheBrokerStarts() throws Exception {
    try (ServerSocket taken = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
      BrokerCommand cmd = new BrokerCommand();
      cmd.port = 0;
      cmd.registryPort = taken.getLocalPort();
      ByteArrayOutputStream err = new ByteArrayOutputStream();
      PrintStream oldErr = System.err;
      System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
      int exit;
      try {
        exit = cmd.call();
      } finally {
        System.setErr(oldErr);
      }
      assertThat(exit).isEqualTo(2);
      assertThat(err.toString(StandardCharsets.UTF_8)).isEqualTo("error: port " + taken.getLocalPort() + " is in use"
          + " (another program listens there; choose another with --registry-port, 0 = any free port)"
          + System.lineSeparator());
    }
  }
}
