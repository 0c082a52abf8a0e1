package dev.newsstream.streams;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The page the project was specified from, in ../shared/samples, and what its article must contain. */
public final class SeedPage {
  public static final Path SAMPLES = Path.of("../../shared/samples");
  public static final Path FILE = SAMPLES.resolve("sputnik-2025-11-25-rubio-kallas.txt");
  public static final String URL = "https://sputnikglobe.com/20251125/rubio-declines-bilateral-talks-with-eus-kallas-on-ukraine-settlement---reports-1123168106.html";
  public static final String TITLE = "Rubio Declines Bilateral Talks With EU's Kallas on Ukraine Settlement - Reports";

  /** Each body paragraph as a reader sees it (the dump splits the second one across two lines). */
  public static final List<String> PARAGRAPHS = List.of(
      "MOSCOW (Sputnik) - US Secretary of State Marco Rubio has declined to hold bilateral meetings on Ukraine with EU foreign policy chief Kaja Kallas amid tensions between her and the administration of US President Donald Trump, media reported on Tuesday, citing officials.",
      "One source was cited as saying that Kallas is seen as playing the role of a \"bad cop\" behind the scenes for EU member states, and even Rubio, despite his pro-European stances, declines bilateral meetings with the Estonian diplomat.",
      "Since last week, the US has been promoting a new peace proposal for Ukraine and sent negotiators to Geneva on Sunday for talks with Ukraine. The original 28-point peace plan was subsequently revised down to 19 points, eliminating some of the initial proposals, such as downsizing Ukrainian armed forces, reducing US military aid and banning foreign military presence in Ukraine, as well as reportedly the recognition of Crimea and Donbas regions as Russian.",
      "US media reported earlier in the day that US Army Secretary Daniel Driscoll is meeting with Russian officials in Abu Dhabi on Tuesday to discuss the new plan.",
      "On November 21, Russian President Vladimir Putin said that Trump's new peace plan could form a basis for a final settlement in Ukraine.");

  /** Publisher contact blocks that must never reach the body. */
  public static final List<String> BOILERPLATE = List.of("feedback@sputniknews.com", "+74956456601", "Rossiya Segodnya",
      "Sputnik International", "en_EN", "https://");

  private SeedPage() {}

  public static byte[] bytes() {
    try {
      return Files.readAllBytes(FILE);
    } catch (IOException e) {
      throw new UncheckedIOException("The seed page must be at " + FILE.toAbsolutePath()
          + " (../shared beside the repository)", e);
    }
  }

  /** Number of times {@code needle} occurs in {@code haystack}. */
  public static int occurrences(String haystack, String needle) {
    int n = 0;
    for (int i = haystack.indexOf(needle); i >= 0; i = haystack.indexOf(needle, i + 1)) {
      n++;
    }
    return n;
  }
}
