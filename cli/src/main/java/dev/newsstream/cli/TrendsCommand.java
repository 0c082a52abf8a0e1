package dev.newsstream.cli;

import dev.newsstream.streams.analytics.web.TrendsReply;
import dev.newsstream.streams.config.StreamsAppConfig;
import java.io.PrintWriter;
import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code trends}: the trending entities table of a running app, read from its HTTP API. */
@Command(name = "trends", header = "Prints the top entities of the newest time windows, from a running app's trends API.",
    mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Prints the top entities (people, organisations, places, other names) of the",
        "newest tumbling windows, as a running newsstream app counts them: per window",
        "(UTC) the rank, the entity, its type, the distinct articles naming it and its",
        "mentions over those articles. Asks GET /trends/entities on the app's HTTP port",
        "(metrics.port); any instance answers for the whole cluster. The same data as",
        "a page: <url>/trends in a browser.",
        "Exit code: 0 with the table, 1 when the app cannot be reached or refuses the",
        "query, 2 on bad options."})
public final class TrendsCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(names = {"-u", "--url"}, paramLabel = "URL",
      description = "The app's HTTP root, http(s)://host:port or host:port (default ${DEFAULT-VALUE}: its metrics "
          + "port on this machine).")
  String url = "http://localhost:" + StreamsAppConfig.defaults().getProperty("metrics.port");

  @Option(names = {"-w", "--window"}, paramLabel = "SIZE", defaultValue = "1h",
      description = "Window size, one the app counts (default ${DEFAULT-VALUE}; the defaults are 1h and 1d).")
  String window;

  @Option(names = {"-t", "--type"}, paramLabel = "TYPE",
      description = "Only this entity type: PERSON, ORGANIZATION, LOCATION or MISC (default: all).")
  String type;

  @Option(names = {"-n", "--top"}, paramLabel = "N", defaultValue = "10", description = "Entities per window (default ${DEFAULT-VALUE}).")
  int top;

  @Option(names = "--windows", paramLabel = "N", defaultValue = "1",
      description = "How many of the newest windows to print (default ${DEFAULT-VALUE}).")
  int windows;

  @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "10",
      description = "Seconds to wait for the app (default ${DEFAULT-VALUE}).")
  int timeoutSeconds;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (top < 1 || windows < 1 || timeoutSeconds < 1) {
      err.println("error: --top, --windows and --timeout must be at least 1");
      return 2;
    }
    URI base;
    try {
      base = TrendsClient.baseUri(url);
    } catch (IllegalArgumentException e) {
      err.println("error: " + e.getMessage());
      return 2;
    }
    TrendsClient client = new TrendsClient(base, Duration.ofSeconds(timeoutSeconds));
    try {
      TrendsReply reply = client.entities(window, type == null ? null : type.toUpperCase(Locale.ROOT), top, windows);
      out.print(TrendsTable.format(reply));
      out.flush();
      return 0;
    } catch (TrendsClient.Unavailable e) {
      err.println("error: " + e.getMessage());
      return 1;
    }
  }
}
