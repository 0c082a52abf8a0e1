package dev.newsstream.streams.dedup;

import dev.newsstream.streams.parse.PageParser;
import dev.newsstream.streams.parse.ParseOutcome;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The distinct stories the dedup benchmark starts from: the bundled set plus any parseable sample pages. */
public final class DedupStories {
  /** The stories in English, other spaced languages, Simplified Chinese and Japanese. */
  public static final String RESOURCE = "/dev/newsstream/streams/dedup/dedup-stories.txt";
  /** Stories in Traditional Chinese characters (the script fold, {@code HanScriptFold}). */
  static final String HANT_RESOURCE = "/dev/newsstream/streams/dedup/dedup-stories-hant.txt";

  private DedupStories() {}

  /**
   * One distinct story: id, topic (stories sharing a topic are the hard negatives), headline, paragraphs, and the
   * ISO 639-1 language of the text ("en" unless the story header names another).
   */
  public record Story(String id, String topic, String headline, List<String> paragraphs, String language) {
    public Story(String id, String topic, String headline, List<String> paragraphs) {
      this(id, topic, headline, paragraphs, "en");
    }
  }

  /** Every bundled story: {@link #RESOURCE}'s, then the Traditional Chinese ones. */
  public static List<Story> bundled() {
    List<Story> all = new ArrayList<>(fromResource(RESOURCE));
    all.addAll(fromResource(HANT_RESOURCE));
    return List.copyOf(all);
  }

  /** The stories of one bundled resource file. */
  public static List<Story> fromResource(String resource) {
    try (InputStream in = DedupStories.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<Story> parse(String text) {
    List<Story> stories = new ArrayList<>();
    String[] blocks = text.split("(?m)^=== ");
    for (int b = 1; b < blocks.length; b++) {
      String[] lines = blocks[b].split("\\R", -1);
      String[] head = lines[0].split("\\|");
      String headline = lines[1].strip();
      List<String> paragraphs = new ArrayList<>();
      StringBuilder current = new StringBuilder();
      for (int i = 2; i < lines.length; i++) {
        String line = lines[i].strip();
        if (line.isEmpty()) {
          if (current.length() > 0) {
            paragraphs.add(current.toString());
            current.setLength(0);
          }
        } else {
          current.append(current.length() > 0 ? " " : "").append(line);
        }
      }
      if (current.length() > 0) {
        paragraphs.add(current.toString());
      }
      stories.add(new Story(head[0].strip(), head[1].strip(), headline, List.copyOf(paragraphs),
          head.length > 2 ? head[2].strip() : "en"));
    }
    return stories;
  }

  /** Sample pages (text dumps or HTML) that parse into an article with at least three paragraphs. */
  public static List<Story> fromPages(Path dir) {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    PageParser parser = new PageParser(5 * 1024 * 1024);
    List<Story> out = new ArrayList<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path f : files.sorted().toList()) {
        if (parser.parse(Files.readAllBytes(f), null, null) instanceof ParseOutcome.Parsed p
            && p.article().paragraphs().size() >= 3) {
          String name = f.getFileName().toString().replaceFirst("\\.[^.]+$", "");
          String language = p.article().language() == null ? "en" : p.article().language();
          out.add(new Story(name, "sample", p.article().title(), p.article().paragraphs(), language));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("could not read samples in " + dir, e);
    }
    return out;
  }
}
