package dev.newsstream.streams.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The editor's credit line that closes many articles ("[责任编辑:肖春芳]", "（责编：王伟）", "Editor: Jane Doe",
 * "Redaktion: Max Muster") is a desk note, not text, and it names the person who put the story online, not the
 * one who wrote it. Chinese portals also put that editor in {@code <meta name="author">}, so the byline would name
 * the editor while the text says "作者︱春春". Only whole short lines count: a label, a separator, one or a few
 * names, optional brackets; "编辑部表示……" or "The editor said on Monday that …" are sentences.
 */
final class EditorCredits {
  /** A name, or a few separated by spaces, slashes or commas: letters, marks, the middle dot of transcriptions. */
  private static final String NAMES = "(?<names>[\\p{L}\\p{M}·・.'’-]{1,20}(?:[ \\u3000/、,，]+[\\p{L}\\p{M}·・.'’-]{1,20}){0,3})";
  private static final String OPEN = "^[\\[【(（]?\\s*";
  private static final String CLOSE = "\\s*[\\]】)）]?$";
  private static final String SEPARATOR = "\\s*[:：︱|｜/]\\s*";
  /** An editor's credit: 责任编辑 / 責任編輯 / 责编 / 编辑 / 編輯, "Editor:", "Edited by", "Redaktion:". */
  private static final Pattern EDITOR = Pattern.compile("(?iu)" + OPEN + "(?:(?:责任编辑|責任編輯|责编|責編|本文编辑|"
      + "编辑|編輯|editor|redaktion)" + SEPARATOR + "|edited by\\s+)" + NAMES + CLOSE);
  /** A writer's credit: 作者 / 文 / 撰文 / 记者 / 記者 with a separator ("作者︱春春", "文/李明"). */
  private static final Pattern WRITER = Pattern.compile("(?iu)" + OPEN + "(?:作者|撰文|撰稿|文|记者|記者)" + SEPARATOR
      + NAMES + CLOSE);
  /** A credit line is short: a label and a few names. */
  private static final int CREDIT_MAX_CHARS = 60;
  /** The last lines searched for a writer's credit when the byline turns out to name the editor. */
  private static final int WRITER_LOOKBACK = 8;

  private EditorCredits() {}

  /** The editors an editor's credit line names, or empty when the line is not one ({@link #EDITOR}). */
  static List<String> editors(String line) {
    return names(EDITOR, line);
  }

  /** The writers a writer's credit line names ("作者︱春春" → [春春]), or empty ({@link #WRITER}). */
  static List<String> writers(String line) {
    return names(WRITER, line);
  }

  private static List<String> names(Pattern p, String line) {
    String t = line.strip();
    if (t.length() > CREDIT_MAX_CHARS) {
      return List.of();
    }
    Matcher m = p.matcher(t);
    if (!m.matches()) {
      return List.of();
    }
    List<String> out = new ArrayList<>();
    for (String n : m.group("names").split("[ \\u3000/、,，]+")) {
      if (!n.isBlank()) {
        out.add(n.strip());
      }
    }
    return out;
  }

  /** The body without its closing editor credits, and the editors they named (empty when none). */
  record Tail(List<String> paragraphs, List<String> editors) {}

  /**
   * Drops editor-credit lines at the end of {@code paragraphs} (never the only line left). Most bodies end in a
   * sentence: one regular-expression test on the last line, lines over {@value #CREDIT_MAX_CHARS} chars not even that.
   */
  static Tail dropClosingCredits(List<String> paragraphs) {
    int end = paragraphs.size();
    List<String> editors = new ArrayList<>();
    while (end > 1) {
      List<String> named = editors(paragraphs.get(end - 1));
      if (named.isEmpty()) {
        break;
      }
      editors.addAll(named);
      end--;
    }
    return editors.isEmpty() ? new Tail(paragraphs, List.of()) : new Tail(List.copyOf(paragraphs.subList(0, end)), editors);
  }

  /**
   * The article's authors: {@code authors} as the page's metadata gave them, unless each of them is an editor the
   * closing credits name and a writer's credit among the last {@value #WRITER_LOOKBACK} lines names someone: then
   * the writers. A byline that names the editor with no writer named is left as it is (the editor may have
   * written it).
   */
  static List<String> authors(List<String> authors, List<String> editors, List<String> paragraphs) {
    if (authors.isEmpty() || editors.isEmpty() || !folded(editors).containsAll(folded(authors))) {
      return authors;
    }
    for (int i = paragraphs.size() - 1; i >= Math.max(0, paragraphs.size() - WRITER_LOOKBACK); i--) {
      List<String> writers = writers(paragraphs.get(i));
      if (!writers.isEmpty()) {
        return writers;
      }
    }
    return authors;
  }

  private static List<String> folded(List<String> names) {
    return names.stream().map(Headings::fold).toList();
  }
}
