package dev.newsstream.bench.crash;

import dev.newsstream.schema.RawPage;
import dev.newsstream.schema.serde.AvroSerde;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The crash test's input: N varied raw records, each tied to the outcome key it must produce exactly once. Valid
 * text dumps and HTML articles (unique URLs, random text so no two are near-duplicates), exact re-sends of an earlier
 * page (same URL, same bytes), records that are not RawPage Avro, binary bodies, empty and whitespace-only bodies,
 * and navigation-only HTML. Every text dump and HTML article also has a sentence naming people, a place and an
 * organisation drawn from small lists, so NER finds entities the trend check can count (several articles per
 * entity and window).
 */
public final class CrashPages {
  /** One raw record; {@code outcomeKey} is the URL (or, for non-Avro records, the record key) outcomes carry. */
  public record Input(String key, byte[] value, Kind kind, String outcomeKey) {}

  public enum Kind { TEXT_DUMP, HTML, EXACT_RESEND, NOT_AVRO, BINARY, EMPTY, NAVIGATION }

  private static final String[] WORDS = ("council harbour ferry library minister river budget school station "
      + "election hospital bridge festival museum farmers weather storm court railway airport mayor teachers "
      + "market energy housing police village coast report vote plan repairs volunteers record season museum "
      + "tunnel climate water prices workers union strike talks summit treaty border trade exports factory")
      .split(" ");

  private static final String[] PEOPLE = {"Maria Tamm", "Jonas Berg", "Elena Rossi", "Peter Novak",
      "Anna Kowalska", "David Okafor", "Sofia Lindqvist", "Thomas Meyer"};
  private static final String[] PLACES = {"Lisbon", "Hamburg", "Gdansk", "Rotterdam", "Tallinn", "Valencia"};
  private static final String[] ORGANISATIONS = {"European Commission", "Red Cross", "World Bank", "United Nations"};

  private final AvroSerde<RawPage> rawSerde = new AvroSerde<>(RawPage.class);
  private final Random random;
  /** Draws the named sentence apart from {@link #random}, so each seed keeps the malformed records it always had. */
  private final Random names;
  private final String runId;

  public CrashPages(long seed, String runId) {
    this.random = new Random(seed);
    this.names = new Random(seed * 1_000_003L + 11);
    this.runId = runId;
  }

  public List<Input> generate(int count) {
    List<Input> out = new ArrayList<>(count);
    List<Input> originals = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      String url = url(i);
      int roll = random.nextInt(100);
      Input input;
      if (roll < 40) {
        input = page(Kind.TEXT_DUMP, i, url, textDump(url));
      } else if (roll < 65) {
        input = page(Kind.HTML, i, url, html(url));
      } else if (roll < 77 && !originals.isEmpty()) {
        Input original = originals.get(random.nextInt(originals.size()));
        input = new Input(original.key(), original.value(), Kind.EXACT_RESEND, original.outcomeKey());
      } else if (roll < 84) {
        String key = "not-avro-" + runId + "-" + i;
        byte[] junk = new byte[1 + random.nextInt(300)];
        random.nextBytes(junk);
        input = new Input(key, junk, Kind.NOT_AVRO, key);
      } else if (roll < 90) {
        byte[] binary = new byte[64 + random.nextInt(4000)];
        random.nextBytes(binary);
        binary[0] = 0;
        input = page(Kind.BINARY, i, url, binary);
      } else if (roll < 95) {
        input = page(Kind.EMPTY, i, url, random.nextBoolean() ? new byte[0] : " \n\t \r\n".getBytes(StandardCharsets.UTF_8));
      } else {
        input = page(Kind.NAVIGATION, i, url, ("<html><head><link rel=canonical href='" + url + "'></head><body><nav>"
            + "<a href='/'>Home</a> <a href='/sport'>Sport</a></nav></body></html>").getBytes(StandardCharsets.UTF_8));
      }
      if (input.kind() == Kind.TEXT_DUMP || input.kind() == Kind.HTML) {
        originals.add(input);
      }
      out.add(input);
    }
    return out;
  }

  private String url(int i) {
    return "https://crash-" + runId + ".example/news/" + i + "-" + words(2, "-");
  }

  private Input page(Kind kind, int i, String url, byte[] body) {
    RawPage page = RawPage.newBuilder().setUrl(url).setFetchedAt(Instant.ofEpochMilli(1_764_000_000_000L + i))
        .setSource("crash-test").setContentType(null).setCharset(null).setBody(ByteBuffer.wrap(body))
        .setHttpStatus(200).setHeaders(Map.of()).build();
    return new Input(url, rawSerde.toBytes(page), kind, url);
  }

  private byte[] textDump(String url) {
    StringBuilder b = new StringBuilder();
    String title = capitalise(words(6 + random.nextInt(5), " "));
    b.append("date 2025-11-").append(10 + random.nextInt(19)).append(' ').append(url).append('\n');
    b.append(title).append('\n').append(title).append('\n').append("Crash Test Gazette\n");
    b.append(sentence(25)).append('\n');
    b.append("2025-11-25T09:57+0000\n").append(words(1, "")).append('\n');
    b.append(named()).append('\n');
    for (int p = 0; p < 3 + random.nextInt(4); p++) {
      b.append(paragraph()).append('\n');
    }
    return b.toString().getBytes(StandardCharsets.UTF_8);
  }

  private byte[] html(String url) {
    StringBuilder b = new StringBuilder("<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'>");
    String title = capitalise(words(5 + random.nextInt(5), " "));
    b.append("<title>").append(title).append("</title><link rel='canonical' href='").append(url).append("'>");
    b.append("<meta property='article:published_time' content='2025-11-22T09:00:00Z'></head><body>");
    b.append("<nav><a href='/'>Home</a></nav><article><h1>").append(title).append("</h1>");
    b.append("<p>").append(named()).append("</p>");
    for (int p = 0; p < 3 + random.nextInt(4); p++) {
      b.append("<p>").append(paragraph()).append("</p>");
    }
    b.append("</article><footer>Crash Test Gazette</footer></body></html>");
    return b.toString().getBytes(StandardCharsets.UTF_8);
  }

  /** A sentence naming two people, a place and an organisation, in the plain news style NER is trained on. */
  private String named() {
    String first = PEOPLE[names.nextInt(PEOPLE.length)];
    String second = PEOPLE[names.nextInt(PEOPLE.length)];
    return first + ", who met " + second + " in " + PLACES[names.nextInt(PLACES.length)] + " on Monday, said the "
        + ORGANISATIONS[names.nextInt(ORGANISATIONS.length)] + " would publish its report next week. " + first
        + " did not give a date.";
  }

  private String paragraph() {
    StringBuilder p = new StringBuilder();
    for (int s = 0; s < 3 + random.nextInt(3); s++) {
      p.append(sentence(10 + random.nextInt(15))).append(' ');
    }
    return p.toString().strip();
  }

  private String sentence(int words) {
    return capitalise(words(words, " ")) + " " + random.nextInt(100_000) + ".";
  }

  private String words(int n, String sep) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < n; i++) {
      b.append(i == 0 ? "" : sep).append(WORDS[random.nextInt(WORDS.length)]);
    }
    return b.toString();
  }

  private static String capitalise(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}
