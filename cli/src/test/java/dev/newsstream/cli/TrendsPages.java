package dev.newsstream.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * Three distinct English news pages for the trends tests, naming the same well-known people, organisations and
 * places in different combinations (Angela Merkel in two, Berlin in all three), so counts above one are expected.
 * Published now: every tumbling window the test asks for holds them. Written fresh, never from eval data.
 */
final class TrendsPages {
  private static final String[][] PAGES = {
      {"merkel-berlin-summit", "Merkel opens Berlin summit on energy prices",
          "Former chancellor Angela Merkel opened a two-day summit in Berlin on Monday, urging European leaders to "
              + "agree on a joint plan for winter energy prices before the heating season.",
          "Speaking to delegates from the European Union and the International Energy Agency, Angela Merkel said "
              + "that cheap gas would not return soon and that households in Germany needed certainty.",
          "Officials in Berlin said the talks would continue on Tuesday with finance ministers from France and "
              + "Italy, who are expected to present their own proposals for shared storage."},
      {"macron-merkel-paris", "Macron and Merkel discuss rail link between Paris and Berlin",
          "French President Emmanuel Macron hosted Angela Merkel at the Elysee Palace in Paris on Wednesday to "
              + "discuss a faster night train between the two capitals and a shared ticketing system.",
          "Emmanuel Macron told reporters that the line could open within three years if the national rail "
              + "companies agreed on signalling standards, a question that has stalled the project since 2019.",
          "Angela Merkel, who first proposed the link, said passengers from Berlin deserved an alternative to "
              + "short flights, and thanked engineers at Deutsche Bahn for their early studies of the route."},
      {"berlin-marathon-record", "Kenyan runner breaks course record at Berlin marathon",
          "Eliud Kipchoge of Kenya won the Berlin marathon on Sunday in cool and windless weather, finishing ahead "
              + "of two Ethiopian runners after a fast second half along the old course.",
          "Organisers said more than forty thousand runners started the race near the Brandenburg Gate, a record "
              + "field for the event, and that medical teams reported only minor injuries.",
          "Eliud Kipchoge said after the finish that he would rest for several weeks in Nairobi before deciding "
              + "whether to run in Tokyo next spring."}};

  private TrendsPages() {}

  /** Writes the pages as HTML files under {@code dir} and returns their paths. */
  static List<Path> write(Path dir) throws IOException {
    Files.createDirectories(dir);
    String published = Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
    List<Path> out = new ArrayList<>();
    for (String[] page : PAGES) {
      StringBuilder html = new StringBuilder("<!doctype html><html lang=en><head><meta charset=utf-8>")
          .append("<title>").append(page[1]).append("</title>")
          .append("<link rel=canonical href='https://news.example/world/").append(page[0]).append("'>")
          .append("<meta property='article:published_time' content='").append(published).append("'>")
          .append("</head><body><nav><a href='/'>Home</a> <a href='/world'>World</a></nav><article><h1>")
          .append(page[1]).append("</h1>");
      for (int i = 2; i < page.length; i++) {
        html.append("<p>").append(page[i]).append("</p>");
      }
      html.append("</article><footer>© News Example</footer></body></html>");
      Path file = dir.resolve(page[0] + ".html");
      Files.writeString(file, html);
      out.add(file);
    }
    return out;
  }
}
