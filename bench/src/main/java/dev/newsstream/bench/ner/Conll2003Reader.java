package dev.newsstream.bench.ner;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * CoNLL-2003 format: one token per line, the token first and the NER tag last (usually 4 columns: word POS chunk
 * NER), blank line between sentences, {@code -DOCSTART-} between documents. Tags in IOB1 (I- everywhere, B- only
 * between two adjacent entities of one type) or IOB2 (B- opens every entity); both read the same. PER, ORG, LOC,
 * MISC (or the long names) map to PERSON, ORGANIZATION, LOCATION, MISC.
 */
public final class Conll2003Reader {
  private static final Map<String, String> TYPES = Map.of("PER", "PERSON", "PERSON", "PERSON", "ORG", "ORGANIZATION",
      "ORGANIZATION", "ORGANIZATION", "LOC", "LOCATION", "LOCATION", "LOCATION", "MISC", "MISC");

  private Conll2003Reader() {}

  public static List<GoldDocument> read(Path file) throws IOException {
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    List<GoldDocument> docs = new ArrayList<>();
    Doc doc = new Doc(file.getFileName() + "#1");
    int lineNo = 0;
    for (String raw : lines) {
      lineNo++;
      String line = raw.strip();
      if (line.isEmpty()) {
        doc.endSentence();
        continue;
      }
      String[] cols = line.split("\\s+");
      if (cols[0].equals("-DOCSTART-")) {
        doc.finishInto(docs);
        doc = new Doc(file.getFileName() + "#" + (docs.size() + 1));
        continue;
      }
      if (cols.length < 2) {
        throw new IOException(file + ":" + lineNo + ": expected 'token ... TAG', got '" + line + "'");
      }
      doc.token(cols[0], cols[cols.length - 1], file, lineNo);
    }
    doc.finishInto(docs);
    return docs;
  }

  private static final class Doc {
    final String id;
    final TextBuilder text = new TextBuilder();
    final List<EntitySpan> gold = new ArrayList<>();
    int tokens;
    String openType;
    int openStart;
    int openEnd;

    Doc(String id) {
      this.id = id;
    }

    void token(String form, String tag, Path file, int lineNo) throws IOException {
      int start = text.token(form, true);
      tokens++;
      if (tag.equals("O")) {
        close();
        return;
      }
      int dash = tag.indexOf('-');
      String prefix = dash < 0 ? "I" : tag.substring(0, dash);
      String type = TYPES.get(dash < 0 ? tag : tag.substring(dash + 1));
      if (type == null || !(prefix.equals("B") || prefix.equals("I"))) {
        throw new IOException(file + ":" + lineNo + ": unknown NER tag '" + tag + "'");
      }
      if (prefix.equals("B") || !type.equals(openType)) {
        close();
        openType = type;
        openStart = start;
      }
      openEnd = start + form.length();
    }

    void close() {
      if (openType != null) {
        gold.add(new EntitySpan(openStart, openEnd, openType));
        openType = null;
      }
    }

    void endSentence() {
      close();
      text.endSentence();
    }

    void finishInto(List<GoldDocument> docs) {
      close();
      if (!text.isEmpty()) {
        docs.add(new GoldDocument(id, text.build(), List.copyOf(gold), tokens));
      }
    }
  }
}
