package dev.newsstream.bench;

import dev.newsstream.streams.dedup.DedupStories;

import dev.newsstream.page.PageSniffer;
import dev.newsstream.page.TextDumpHeader;
import dev.newsstream.schema.RawPage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * N distinct benchmark pages from real samples (our text dumps) and a few HTML templates. Each page gets its own
 * URL and title, and most paragraphs are new: real news sentences (the bundled dedup stories, the samples' bodies)
 * recombined across stories, with about a third of their lowercase content words swapped for other words of the
 * corpus and every number changed. So the text reads like news to every stage (function words for language
 * detection, capitalised names in context for NER, the usual sentence lengths) while neither URL nor
 * near-duplicate detection collapses two pages.
 */
public final class BenchPages {
  private static final int LONG_LINE = 160;
  private static final double SWAP_SHARE = 0.35;
  private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?][\"”’]?)\\s+(?=[\"“‘(]?\\p{Lu})");
  private static final Pattern LOWERCASE_WORD = Pattern.compile("(?<![\\p{L}\\p{N}'’-])\\p{Ll}{4,}(?![\\p{L}\\p{N}'’-])");
  private static final Pattern NUMBER = Pattern.compile("\\d+");

  private final List<String> dumps = new ArrayList<>();
  private final List<String> sentences;
  private final List<String> headlines;
  private final List<String> vocabulary;
  private final long seed;

  private BenchPages(List<String> dumps, long seed) {
    this.dumps.addAll(dumps);
    this.seed = seed;
    List<String> prose = new ArrayList<>(List.of(HtmlTemplates.SEED_TEXT));
    List<String> titles = new ArrayList<>();
    // The first story file only: stories added to the dedup benchmark later (Traditional Chinese, session 11) would
    // change every generated page, and speed figures are compared across sessions on these pages.
    for (DedupStories.Story story : DedupStories.fromResource(DedupStories.RESOURCE)) {
      prose.addAll(story.paragraphs());
      titles.add(story.headline());
    }
    for (String dump : dumps) {
      dump.lines().map(String::strip).filter(l -> l.length() > LONG_LINE && !l.startsWith("http")).forEach(prose::add);
    }
    List<String> split = new ArrayList<>();
    Set<String> words = new LinkedHashSet<>();
    for (String paragraph : prose) {
      for (String sentence : SENTENCE_END.split(paragraph)) {
        if (sentence.length() >= 40) {
          split.add(sentence);
        }
      }
      Matcher m = LOWERCASE_WORD.matcher(paragraph);
      while (m.find()) {
        words.add(m.group());
      }
    }
    this.sentences = List.copyOf(split);
    this.headlines = List.copyOf(titles);
    this.vocabulary = List.copyOf(words);
  }

  /** Pages from the text dumps under {@code samples} (if it exists) and the built-in HTML templates. */
  public static BenchPages from(Path samples, long seed) {
    List<String> dumps = new ArrayList<>();
    if (samples != null && Files.isDirectory(samples)) {
      try (Stream<Path> files = Files.walk(samples)) {
        for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
          String text = Files.readString(f, StandardCharsets.UTF_8);
          if (TextDumpHeader.parse(text).isPresent()) {
            dumps.add(text);
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException("Could not read samples in " + samples, e);
      }
    }
    return new BenchPages(dumps, seed);
  }

  public int sampleCount() {
    return dumps.size();
  }

  /** Pages {@code first .. first+count-1}; the same index always gives the same page. */
  public List<RawPage> generate(int first, int count) {
    List<RawPage> out = new ArrayList<>(count);
    int kinds = dumps.size() + HtmlTemplates.COUNT;
    for (int i = first; i < first + count; i++) {
      Random rnd = new Random(seed * 1_000_003L + i);
      int kind = i % kinds;
      String title = headline(rnd, i);
      String url = "https://bench" + (i % 7) + ".newsstream.test/" + LocalDate.of(2025, 11, 25) + "/"
          + slug(title) + "-" + i + ".html";
      boolean dump = kind < dumps.size();
      String body = dump ? mutateDump(dumps.get(kind), url, title, rnd)
          : HtmlTemplates.render(kind - dumps.size(), url, title, paragraphs(rnd, 5 + rnd.nextInt(5)));
      out.add(RawPage.newBuilder()
          .setUrl(url)
          .setFetchedAt(Instant.parse("2025-11-25T10:00:00Z").plusSeconds(i))
          .setSource("bench")
          .setContentType(dump ? PageSniffer.TEXT_DUMP_TYPE : "text/html; charset=utf-8")
          .setCharset("utf-8")
          .setBody(ByteBuffer.wrap(body.getBytes(StandardCharsets.UTF_8)))
          .setHttpStatus(200)
          .setHeaders(Map.of())
          .build());
    }
    return out;
  }

  /**
   * New header URL and title everywhere it repeats; the body (after the title's last repetition) shuffled with
   * one original paragraph kept and the rest new, plus a few new ones; long metadata lines (summary) new too.
   */
  private String mutateDump(String dump, String url, String title, Random rnd) {
    List<String> lines = new ArrayList<>(List.of(dump.split("\\R", -1)));
    int header = 0;
    while (lines.get(header).isBlank()) {
      header++;
    }
    lines.set(header, "date 2025-11-25 " + url);
    String oldTitle = lines.get(header + 1).strip();
    int bodyStart = header + 1;
    for (int i = header + 1; i < lines.size(); i++) {
      if (lines.get(i).strip().equals(oldTitle)) {
        lines.set(i, title);
        bodyStart = i + 1;
      }
    }
    for (int i = header + 1; i < bodyStart; i++) {
      if (lines.get(i).strip().length() > LONG_LINE) {
        lines.set(i, paragraph(rnd));
      }
    }
    List<String> body = new ArrayList<>();
    for (String line : lines.subList(bodyStart, lines.size())) {
      if (!line.isBlank()) {
        body.add(line);
      }
    }
    int kept = body.isEmpty() ? -1 : rnd.nextInt(body.size());
    List<String> newBody = new ArrayList<>();
    for (int k = 0; k < body.size(); k++) {
      newBody.add(k == kept ? body.get(k) : paragraph(rnd));
    }
    for (int extra = 2 + rnd.nextInt(3); extra > 0; extra--) {
      newBody.add(paragraph(rnd));
    }
    Collections.shuffle(newBody, rnd);
    List<String> out = new ArrayList<>(lines.subList(0, bodyStart));
    out.addAll(newBody);
    return String.join("\n", out);
  }

  private String headline(Random rnd, int i) {
    return mutate(headlines.get(rnd.nextInt(headlines.size())), rnd) + " (" + i + ")";
  }

  private List<String> paragraphs(Random rnd, int n) {
    List<String> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      out.add(paragraph(rnd));
    }
    return out;
  }

  /** Two to four real sentences from anywhere in the corpus, each mutated. */
  private String paragraph(Random rnd) {
    StringBuilder p = new StringBuilder();
    int count = 2 + rnd.nextInt(3);
    for (int s = 0; s < count; s++) {
      p.append(s == 0 ? "" : " ").append(mutate(sentences.get(rnd.nextInt(sentences.size())), rnd));
    }
    return p.toString();
  }

  /**
   * A sentence with some lowercase content words (4+ letters) swapped and every number changed. Function words,
   * capitalised names and punctuation stay, so it keeps the shape of news prose but not its 3-word shingles.
   */
  String mutate(String sentence, Random rnd) {
    Matcher m = LOWERCASE_WORD.matcher(sentence);
    StringBuilder out = new StringBuilder(sentence.length() + 16);
    while (m.find()) {
      String word = rnd.nextDouble() < SWAP_SHARE ? vocabulary.get(rnd.nextInt(vocabulary.size())) : m.group();
      m.appendReplacement(out, Matcher.quoteReplacement(word));
    }
    m.appendTail(out);
    Matcher n = NUMBER.matcher(out.toString());
    StringBuilder numbered = new StringBuilder(out.length());
    while (n.find()) {
      int digits = n.group().length();
      String number;
      do {
        number = Integer.toString(1 + rnd.nextInt(digits >= 4 ? 9000 : (int) Math.pow(10, digits) - 1));
      } while (number.equals(n.group()));
      n.appendReplacement(numbered, number);
    }
    n.appendTail(numbered);
    return numbered.toString();
  }

  private static String slug(String title) {
    String s = title.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    return s.length() > 60 ? s.substring(0, 60) : s;
  }

}
