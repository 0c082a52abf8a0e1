package dev.newsstream.bench.ner;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Gold named entities from CoNLL-U files with GUM's entity annotation: the MISC column's {@code Entity=} value in
 * bracket notation, e.g. {@code Entity=(organization-23-giv:act-3-coref(place-31-new-1-coref-United_States)} opens
 * two mentions on a token, {@code Entity=23)} (or the older {@code organization-23)}) closes one. The field order
 * comes from a {@code # global.Entity = etype-eid-...} comment when present (default: etype first, eid second).
 *
 * <p>GUM marks every mention (pronouns, "the company", "President Donald Trump's"...), so each mention is turned
 * into the span a CoNLL-style NER annotation would give it, or dropped (rules in {@link NameSpan}):
 * <ul>
 *   <li>named only: the mention's head token (the one whose syntactic head lies outside the mention) is a proper
 *       noun by its fine tag (NNP/NNPS): GUM tags "United" in "United States" VERB but NNP;
 *   <li>the name is the run of proper nouns around the head, joined by lower-case "of"/"and"/"the" or a hyphen
 *       ("Church of Scientology", "El-Hassan"); determiners and a possessive {@code 's} at the edges are outside;
 *   <li>left of the head only compound/flat/amod modifiers belong to the name; a person's name takes no "of" or
 *       "and" ("Cheng Chung-tai of Civic Passion" is two names);
 *   <li>titles are outside: the head's {@code nmod:desc} dependents with their subtrees ("President" in
 *       "U.S. President Donald Trump", "Ambassador" in "United States Ambassador Hamdullah Mohib");
 *   <li>a descriptor noun before a name ("student Ahmed Mohamed", "English captain Harry Kane"): GUM makes the
 *       common noun the head and hangs the name on it as {@code flat} or {@code appos}; the name is that
 *       proper-noun dependent's run, as CoNLL marks it;
 *   <li>a person mention that carries GUM's identity (its Wikipedia name, "Barack_Obama") loses the words left of
 *       the first one that name spells (short forms count: "Chris" of Christine_Gregoire), so titles the parse
 *       keeps inside ("US President Barack Obama", all {@code flat} on
 *       "US") are outside; when no word is left ("the President" = Donald_Trump, "the Prime Minister") it is a
 *       title, not a name, and no CoNLL-style annotation marks it;
 *   <li>a multi-word token ("Trump's" = "Trump" + "'s") gives each word its own part of the surface when the
 *       words spell it, so "'s" never lands inside a name;
 *   <li>nested mentions are all kept ("United States" inside "United States Navy"); {@link NerScorer} lets a flat
 *       tagger match either level;
 *   <li>types: person -> PERSON, but a plural proper person mention ("Muslims", "Afghans") is a group or
 *       nationality -> MISC as in CoNLL; organization -> ORGANIZATION; place -> LOCATION; event -> MISC
 *       ("Google Science Fair"). abstract/object/time... are not scored: CoNLL's MISC covers only some of them
 *       (it has "Islam" but not "Internet") and the scheme cannot tell which.
 * </ul>
 * GUM does not annotate adjectival nationalities ("Afghan girls") as mentions: capitalised adjectives (fine tag
 * JJ*) and the names of unscored mentions (objects, abstracts: "Windows XP") are listed as
 * {@link GoldDocument#unannotated} for MISC, and a MISC prediction inside them that overlaps no gold is not scored
 * (counted apart). PER/ORG/LOC are comparable. Source of the annotation scheme: the GUM corpus guidelines (Zeldes 2017).
 */
public final class ConlluEntityReader {
  private static final Map<String, String> TYPES = Map.of("person", "PERSON", "organization", "ORGANIZATION",
      "place", "LOCATION", "event", "MISC");

  private ConlluEntityReader() {}

  /** One syntactic word; {@code feats} is the FEATS column. */
  record Token(int sentence, int id, int head, String form, String upos, String xpos, String deprel, String feats,
      int start, int end) {}

  /** An open mention; {@code identity} is GUM's Wikipedia name for it ("Barack_Obama"), or "" when it has none. */
  private record Open(String etype, String eid, String identity, int firstToken) {}

  public static List<GoldDocument> read(Path file) throws IOException {
    List<GoldDocument> docs = new ArrayList<>();
    Reader r = new Reader(file.getFileName().toString());
    int lineNo = 0;
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      lineNo++;
      if (line.isBlank()) {
        r.endSentence();
      } else if (line.startsWith("#")) {
        r.comment(line, docs);
      } else {
        String[] cols = line.split("\t", -1);
        if (cols.length != 10) {
          throw new IOException(file + ":" + lineNo + ": a CoNLL-U token line has 10 tab-separated columns, got "
              + cols.length);
        }
        r.token(cols, file + ":" + lineNo);
      }
    }
    r.finishInto(docs);
    return docs;
  }

  private static final class Reader {
    String docId;
    int etypeField = 0;
    int eidField = 1;
    /** Field index of GUM's identity (Wikipedia name), the last field; -1 when the scheme has none. */
    int identityField = -1;
    TextBuilder text = new TextBuilder();
    List<Token> tokens = new ArrayList<>();
    List<Open> open = new ArrayList<>();
    Set<EntitySpan> gold = new LinkedHashSet<>();
    List<EntitySpan> unannotated = new ArrayList<>();
    int sentence;
    /** A multiword token range (e.g. "1-2 don't") gives its words its offsets. */
    int rangeEnd = -1;
    int rangeStart;
    int rangeStop;
    String rangeSurface = "";
    /** Offset into rangeSurface where the next word of the range starts, or -1 once the words stop spelling it. */
    int rangeCursor;

    Reader(String fileName) {
      this.docId = fileName;
    }

    void comment(String line, List<GoldDocument> docs) {
      String c = line.substring(1).strip();
      if (c.startsWith("newdoc")) {
        finishInto(docs);
        int eq = c.indexOf('=');
        docId = eq < 0 ? docId + "+" : c.substring(eq + 1).strip();
      } else if (c.startsWith("global.Entity")) {
        List<String> fields = List.of(c.substring(c.indexOf('=') + 1).strip().split("-"));
        etypeField = Math.max(0, fields.indexOf("etype"));
        int eid = fields.indexOf("eid");
        eidField = eid >= 0 ? eid : Math.max(0, fields.indexOf("GRP"));
        identityField = fields.indexOf("identity");
      }
    }

    void token(String[] cols, String where) throws IOException {
      String id = cols[0];
      boolean spaceAfter = !cols[9].contains("SpaceAfter=No");
      if (id.contains("-")) {
        String[] range = id.split("-");
        rangeEnd = Integer.parseInt(range[1]);
        rangeStart = text.token(cols[1], spaceAfter);
        rangeStop = rangeStart + cols[1].length();
        rangeSurface = cols[1];
        rangeCursor = 0;
        return;
      }
      if (id.contains(".")) {
        return; // empty node: no surface text
      }
      int n = Integer.parseInt(id);
      int start;
      int end;
      if (n <= rangeEnd) {
        // "Trump's" = "Trump" + "'s": each word its own part when the words spell the token, else the whole token.
        if (rangeCursor >= 0 && rangeSurface.startsWith(cols[1], rangeCursor)) {
          start = rangeStart + rangeCursor;
          end = start + cols[1].length();
          rangeCursor = end - rangeStart;
        } else {
          rangeCursor = -1;
          start = rangeStart;
          end = rangeStop;
        }
      } else {
        start = text.token(cols[1], spaceAfter);
        end = start + cols[1].length();
      }
      int head = cols[6].equals("_") ? 0 : Integer.parseInt(cols[6]);
      tokens.add(new Token(sentence, n, head, cols[1], cols[3], cols[4], cols[7], cols[5], start, end));
      // GUM makes no mention of a capitalised adjective ("Afghan girls", "pro-European"): MISC predictions there
      // are not scored (GoldDocument.unannotated).
      if (cols[4].startsWith("JJ") && cols[1].chars().anyMatch(Character::isUpperCase)) {
        unannotated.add(new EntitySpan(start, end, "MISC"));
      }
      for (String misc : cols[9].split("\\|")) {
        if (misc.startsWith("Entity=")) {
          entities(misc.substring("Entity=".length()), where);
        }
      }
    }

    /** Walks the bracket notation of one token: "(" opens a mention, "x)" closes one, "(...)" is both. */
    private void entities(String value, String where) throws IOException {
      int i = 0;
      int self = tokens.size() - 1;
      while (i < value.length()) {
        boolean opens = value.charAt(i) == '(';
        int from = opens ? i + 1 : i;
        int stop = from;
        while (stop < value.length() && value.charAt(stop) != '(' && value.charAt(stop) != ')') {
          stop++;
        }
        String descriptor = value.substring(from, stop);
        boolean closes = stop < value.length() && value.charAt(stop) == ')';
        if (opens) {
          String[] f = descriptor.split("-");
          Open o = new Open(field(f, etypeField), field(f, eidField), identity(f), self);
          if (closes) {
            mention(o, self);
          } else {
            open.add(o);
          }
        } else if (closes) {
          close(descriptor, self, where);
        }
        i = closes ? stop + 1 : stop;
      }
    }

    private void close(String closer, int last, String where) throws IOException {
      for (int k = open.size() - 1; k >= 0; k--) {
        Open o = open.get(k);
        if (closer.equals(o.eid) || closer.equals(o.etype + "-" + o.eid)) {
          open.remove(k);
          mention(o, last);
          return;
        }
      }
      throw new IOException(where + ": Entity closes '" + closer + ")' but no such mention is open");
    }

    private void mention(Open o, int last) {
      String type = TYPES.get(o.etype);
      if (type == null) {
        // A named object or abstract ("Windows XP", "Internet"): CoNLL's MISC takes some such names and not
        // others, so a MISC prediction there is neither right nor wrong.
        NameSpan.of(tokens.subList(o.firstToken, last + 1), false)
            .ifPresent(name -> unannotated.add(new EntitySpan(name.start(), name.end(), "MISC")));
        return;
      }
      NameSpan.of(tokens.subList(o.firstToken, last + 1), type.equals("PERSON"), o.identity)
          .ifPresent(name -> gold.add(new EntitySpan(name.start(), name.end(), NameSpan.type(type, name.head()))));
    }

    /** The identity field and any after it (a name may hold hyphens: "Wong_Kwok-hing"), URL-decoded; or "". */
    private String identity(String[] f) {
      if (identityField < 0 || identityField >= f.length) {
        return "";
      }
      String raw = String.join("-", java.util.Arrays.asList(f).subList(identityField, f.length));
      try {
        return java.net.URLDecoder.decode(raw.replace("+", "%2B"), StandardCharsets.UTF_8);
      } catch (IllegalArgumentException e) {
        return raw; // a stray '%': keep the name as written
      }
    }

    private static String field(String[] f, int index) {
      return index < f.length ? f[index] : "";
    }

    void endSentence() {
      text.endSentence();
      sentence++;
      rangeEnd = -1;
    }

    void finishInto(List<GoldDocument> docs) {
      if (!text.isEmpty()) {
        List<EntitySpan> spans = new ArrayList<>(gold);
        spans.sort((x, y) -> x.start() != y.start() ? Integer.compare(x.start(), y.start()) : Integer.compare(x.end(), y.end()));
        docs.add(new GoldDocument(docId, text.build(), spans, tokens.size(), List.copyOf(unannotated)));
      }
      text = new TextBuilder();
      tokens = new ArrayList<>();
      open = new ArrayList<>();
      gold = new LinkedHashSet<>();
      unannotated = new ArrayList<>();
    }
  }
}
