package dev.newsstream.streams.parse;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/** Person names from raw byline strings: no "By", no roles ("Staff Writer"), dates, e-mails or URLs. */
final class AuthorNames {
  private static final Pattern BY_PREFIX = Pattern.compile(
      "(?iu)^\\s*(?:(?:written|reported|reporting|words|text|story|posted|published)\\s+)?"
          + "(?:by|von|par|por|di|door|av|autor|autorin|auteur|autore|автор|авторы|text|texto|texte)\\s*[:\\-–]?\\s+");
  private static final Pattern SPLIT = Pattern.compile(
      "\\s*(?:,|;|\\||/|·|•|&|\\band\\b|\\bund\\b|\\bet\\b|\\by\\b|\\be\\b|\\bи\\b|\\bі\\b|\\ben\\b|\\boch\\b)\\s*",
      Pattern.UNICODE_CHARACTER_CLASS | Pattern.CASE_INSENSITIVE);
  private static final Pattern ROLE = Pattern.compile(
      "(?iu)\\b(staff|writer|reporter|correspondent|editor|editorial|contributor|columnist|journalist|"
          + "photographer|analyst|bureau|chief|senior|producer|redakteur|redakteurin|redaktion|korrespondent|"
          + "korrespondentin|journaliste|rédacteur|rédaction|envoyé|envoyée|corresponsal|redacción|redazione|"
          + "inviato|корреспондент|редакция|обозреватель|agency|news|newsroom|desk|team|opinion|guest|updated|"
          + "published|aktualisiert|mis à jour|actualizado|read|min|follow|email|twitter|share)\\b");
  private static final Pattern TRAILING_PLACE = Pattern.compile("(?u)\\s+(?:in|aus|à|en|a|в|из)\\s+\\p{Lu}[\\p{L} .-]*$");
  private static final int MAX_WORDS = 5;
  private static final int MAX_RAW_CHARS = 300;
  private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0]+");
  private static final Pattern EMAIL = Pattern.compile("\\S+@\\S+");
  private static final Pattern PARENTHESES = Pattern.compile("\\([^)]*\\)");
  private static final Pattern EDGE_PUNCTUATION = Pattern.compile("^[\\p{Punct}–—\\s]+|[\\p{Punct}–—\\s]+$");
  private static final Pattern NOT_IN_NAMES = Pattern.compile("[\\d/#@:=]");

  private AuthorNames() {}

  static List<String> clean(List<String> raw) {
    Map<String, String> out = new LinkedHashMap<>();
    for (String r : raw) {
      if (r == null || r.length() > MAX_RAW_CHARS) {
        continue; // a bio or a page dump, not a byline (and regexes stay cheap)
      }
      // Entities left raw (JSON-LD, double-escaped meta) would split "O&#8217;Donnell" at '&' and ';'.
      String s = SPACES.matcher(JsonLd.unescape(r)).replaceAll(" ").strip();
      if (s.startsWith("http://") || s.startsWith("https://") || s.startsWith("@") || s.startsWith("#")
          || s.startsWith("/")) {
        continue;
      }
      s = PARENTHESES.matcher(EMAIL.matcher(s).replaceAll(" ")).replaceAll(" ");
      s = BY_PREFIX.matcher(s).replaceFirst("");
      for (String piece : SPLIT.split(s)) {
        String name = BY_PREFIX.matcher(piece.strip()).replaceFirst("");
        name = EDGE_PUNCTUATION.matcher(TRAILING_PLACE.matcher(name).replaceFirst("")).replaceAll("");
        if (isName(name)) {
          out.putIfAbsent(name.toLowerCase(Locale.ROOT), name);
        }
      }
    }
    return List.copyOf(new ArrayList<>(out.values()));
  }

  private static boolean isName(String s) {
    if (s.length() < 3 || s.length() > 60 || NOT_IN_NAMES.matcher(s).find() || ROLE.matcher(s).find()) {
      return false;
    }
    int words = s.split("\\s+").length;
    return words <= MAX_WORDS && Character.isLetter(s.codePointAt(0));
  }
}
