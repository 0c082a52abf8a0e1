package dev.newsstream.url;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.IDN;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Properties of URL equivalence (RFC 3986 section 6.2.2 plus IDNA): every spelling of one resource (percent-encoding
 * case, unreserved characters encoded or not, raw or encoded UTF-8, Unicode, percent-encoded or punycode host,
 * dot segments, default port, fragment, parameter order, tracking parameters) gives one article id, and a resource
 * changed in one place (a character, a segment, a parameter, a host label) gets another id.
 */
class CanonicalUrlEquivalenceTest {
  /** Host labels, several internationalised; pairwise distinct after IDNA mapping. */
  private static final List<String> LABELS = List.of("news", "www", "zeitung-müritz", "bücher", "例え", "новости",
      "αθήνα", "日報", "서울", "a1", "example", "tageblatt");
  /** Path and query characters: unreserved, reserved (meaningful, so always encoded), illegal ASCII, non-ASCII. */
  private static final String CHARS = "abcXYZ09-._~/?#[]@!$&'()*+,;=% \"<>\\^`{|}äéü日本語ñ€😀";
  /** Not allowed raw in a URI, so escaped when parsed: a raw spelling is equivalent (space only inside, see below). */
  private static final String ILLEGAL_ASCII = "\"<>\\^`{|}";

  /** A resource: host labels, path segments and query parameters, all as decoded text. */
  record Resource(boolean https, List<String> host, List<String> segments, List<String[]> query) {
    Resource with(List<String> host, List<String> segments, List<String[]> query) {
      return new Resource(https, host, segments, query);
    }
  }

  @Property(tries = 2000)
  void equivalentSpellingsGiveOneId(@ForAll("resources") Resource r, @ForAll long seed) {
    String reference = spell(r, null);
    Random random = new Random(seed);
    for (int i = 0; i < 4; i++) {
      String other = spell(r, random);
      assertThat(CanonicalUrl.of(other).id()).as("%s%n  vs %s", other, reference).isEqualTo(CanonicalUrl.of(reference).id());
    }
  }

  @Property(tries = 2000)
  void differentResourcesKeepDifferentIds(@ForAll("resources") Resource r, @ForAll long seed) {
    Random random = new Random(seed);
    Resource changed = change(r, random);
    Assume.that(!model(changed).equals(model(r)));
    String a = spell(r, random);
    String b = spell(changed, random);
    assertThat(CanonicalUrl.of(a).id()).as("%s%n  vs %s", a, b).isNotEqualTo(CanonicalUrl.of(b).id());
  }

  @Provide
  Arbitrary<Resource> resources() {
    Arbitrary<List<String>> host = Arbitraries.of(LABELS).list().ofMinSize(1).ofMaxSize(3)
        .map(labels -> { List<String> l = new ArrayList<>(labels); l.add("example"); return l; });
    Arbitrary<String> segment = Arbitraries.strings().withChars(CHARS).ofMaxLength(8)
        .filter(s -> !s.equals(".") && !s.equals(".."));
    Arbitrary<String[]> param = Combinators.combine(Arbitraries.strings().withChars("abcdefgh0123").ofMinLength(1)
        .ofMaxLength(4), Arbitraries.strings().withChars(CHARS).ofMaxLength(6)).as((n, v) -> new String[] {"q" + n, v});
    return Combinators.combine(Arbitraries.of(true, false), host, segment.list().ofMaxSize(5), param.list().ofMaxSize(3))
        .as(Resource::new);
  }

  /** What identifies the resource: ASCII host, segments, sorted parameters. */
  private static List<String> model(Resource r) {
    List<String> m = new ArrayList<>();
    m.add(r.https() + " " + IDN.toASCII(String.join(".", r.host()), IDN.ALLOW_UNASSIGNED));
    m.add("/" + String.join("/", r.segments().stream().map(s -> encode(s, null)).toList()));
    r.query().stream().map(p -> encode(p[0], null) + "=" + encode(p[1], null)).sorted().forEach(m::add);
    return m;
  }

  /** Changes one thing: a character of a segment or value, a segment added or dropped, a host label, a parameter. */
  private static Resource change(Resource r, Random random) {
    List<String> host = new ArrayList<>(r.host());
    List<String> segments = new ArrayList<>(r.segments());
    List<String[]> query = new ArrayList<>(r.query());
    switch (random.nextInt(4)) {
      case 0 -> host.set(random.nextInt(host.size()), LABELS.get(random.nextInt(LABELS.size())));
      case 1 -> {
        if (segments.isEmpty() || random.nextBoolean()) {
          segments.add(random.nextInt(segments.size() + 1), "s" + random.nextInt(10));
        } else {
          int i = random.nextInt(segments.size());
          String added = CHARS.replace(".", ""); // a segment "." would be a dot segment, i.e. no segment
          segments.set(i, segments.get(i) + added.charAt(random.nextInt(added.length() - 2))); // not the emoji's halves
        }
      }
      case 2 -> {
        if (!segments.isEmpty()) {
          segments.remove(random.nextInt(segments.size()));
        }
      }
      default -> {
        if (query.isEmpty() || random.nextBoolean()) {
          query.add(new String[] {"qz", "v" + random.nextInt(10)});
        } else {
          int i = random.nextInt(query.size());
          query.set(i, new String[] {query.get(i)[0], query.get(i)[1] + "x"});
        }
      }
    }
    return r.with(host, segments, query);
  }

  /** The reference spelling ({@code random == null}) or a random equivalent one. */
  private static String spell(Resource r, Random random) {
    StringBuilder sb = new StringBuilder();
    String scheme = r.https() ? "https" : "http";
    sb.append(random != null && random.nextBoolean() ? scheme.toUpperCase(Locale.ROOT) : scheme).append("://");
    if (random != null && random.nextInt(4) == 0) {
      sb.append("user@");
    }
    sb.append(spellHost(r.host(), random));
    if (random != null && random.nextInt(4) == 0) {
      sb.append(r.https() ? ":443" : ":80");
    }
    List<String> segments = new ArrayList<>();
    r.segments().forEach(s -> segments.add(encode(s, random)));
    if (random != null && random.nextInt(3) == 0) {
      // Before a segment: at the end a dot segment leaves a trailing slash ("/a/." is "/a/"), another resource.
      int at = random.nextInt(Math.max(1, segments.size()));
      segments.addAll(at, random.nextBoolean() ? List.of(".") : List.of("gone", random.nextBoolean() ? ".." : "%2e%2E"));
    }
    sb.append('/').append(String.join("/", segments));
    List<String> params = new ArrayList<>();
    r.query().forEach(p -> params.add(encode(p[0], random) + "=" + encode(p[1], random)));
    if (random != null) {
      Collections.shuffle(params, random);
      if (random.nextInt(3) == 0) {
        params.add(random.nextInt(params.size() + 1), "utm_source=feed");
      }
    }
    if (!params.isEmpty()) {
      sb.append('?').append(String.join("&", params));
    }
    if (random != null && random.nextInt(3) == 0) {
      sb.append("#section-").append(random.nextInt(9));
    }
    return sb.toString();
  }

  private static String spellHost(List<String> labels, Random random) {
    String unicode = String.join(".", labels);
    if (random == null) {
      return IDN.toASCII(unicode, IDN.ALLOW_UNASSIGNED);
    }
    String host = switch (random.nextInt(4)) {
      case 0 -> IDN.toASCII(unicode, IDN.ALLOW_UNASSIGNED).toUpperCase(Locale.ROOT);
      case 1 -> unicode.toUpperCase(Locale.ROOT);
      case 2 -> encode(unicode, new Random(random.nextLong()), true);
      default -> unicode;
    };
    return random.nextInt(4) == 0 ? host + "." : host;
  }

  private static String encode(String s, Random random) {
    return encode(s, random, false);
  }

  /**
   * Percent-encodes {@code s}: reserved characters always (raw they would mean something else), unreserved never in
   * the reference spelling; randomly otherwise, with random hex case. {@code allEncoded} encodes every non-ASCII.
   */
  private static String encode(String s, Random random, boolean allEncoded) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      i += Character.charCount(cp);
      boolean unreserved = cp < 0x80 && PercentEncoding.isUnreserved(cp);
      // Raw non-ASCII and illegal ASCII are escaped on parse. A raw space is too, but not at the ends, which are trimmed.
      boolean rawAllowed = unreserved || cp >= 0x80 || ILLEGAL_ASCII.indexOf(cp) >= 0;
      boolean encodeIt = random == null ? !unreserved : !rawAllowed || (cp == '.' ? false : random.nextBoolean())
          || (allEncoded && cp >= 0x80);
      if (!encodeIt) {
        out.appendCodePoint(cp);
        continue;
      }
      for (byte b : new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8)) {
        String hex = String.format("%02X", b & 0xff);
        out.append('%').append(random != null && random.nextBoolean() ? hex.toLowerCase(Locale.ROOT) : hex);
      }
    }
    return out.toString();
  }
}
