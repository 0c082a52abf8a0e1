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
          + "(?:by|von|vom|par|por|di|door|av|autor(?:in|innen|/in|\\(in\\)|\\*in)?|auteur|autore|автор|авторы|text|"
          + "texto|texte|interview|entrevista)\\s*[:\\-–]?\\s+");
  /**
   * A blog theme's "posted by" label in other languages ("Veröffentlicht von HansG", "Publié par …"). Such labels
   * sit in their own element next to the name, so the page's text often glues them to it ("Geschrieben vonElisa
   * Marvena"): the space may be missing when a capital follows.
   */
  private static final Pattern POSTED_BY_PREFIX = Pattern.compile(
      "^\\s*(?:[Vv]eröffentlicht|[Gg]eschrieben|[Vv]erfasst|[Pp]ubliziert|[Gg]epostet|[Ee]rstellt|[Ee]ingestellt)"
          + "\\s+von(?:\\s+|(?=\\p{Lu}))"
          + "|^\\s*(?:[Pp]ublié|[ÉéEe]crit|[Rr]édigé|[Pp]osté)\\s+par(?:\\s+|(?=\\p{Lu}))"
          + "|^\\s*(?:[Pp]ublicado|[Ee]scrito|[Pp]ubblicato|[Ss]critto)\\s+(?:por|da)(?:\\s+|(?=\\p{Lu}))"
          + "|^\\s*(?:[Gg]eplaatst|[Gg]eschreven)\\s+door(?:\\s+|(?=\\p{Lu}))"
          + "|^\\s*(?:[Pp]osted|[Ww]ritten|[Pp]ublished)\\s+by(?=\\p{Lu})");
  /** A link label after the name in an author box ("Johanna Kropfitsch Alle Artikel", "Jane Doe View all posts"). */
  private static final Pattern ALL_POSTS_SUFFIX = Pattern.compile(
      "(?iu)\\s+(?:view\\s+|see\\s+)?(?:all|alle)\\s+(?:posts|articles|stories|artikel|beiträge|texte)\\b.*$");
  private static final Pattern SPLIT = Pattern.compile(
      "\\s*(?:,|;|\\||/|·|•|&|\\band\\b|\\bund\\b|\\bet\\b|\\by\\b|\\be\\b|\\bи\\b|\\bі\\b|\\ben\\b|\\boch\\b)\\s*",
      Pattern.UNICODE_CHARACTER_CLASS | Pattern.CASE_INSENSITIVE);
  private static final Pattern ROLE = Pattern.compile(
      "(?iu)\\b(staff|writer|reporter|correspondent|editor|editorial|contributor|columnist|journalist|"
          + "photographer|analyst|bureau|chief|senior|producer|redakteur|redakteurin|redaktion|korrespondent|"
          + "korrespondentin|journaliste|rédacteur|rédaction|envoyé|envoyée|corresponsal|redacción|redazione|"
          + "redakcja|"
          + "inviato|корреспондент|редакция|обозреватель|agency|news|newsroom|desk|team|opinion|guest|updated|"
          + "published|aktualisiert|mis à jour|actualizado|read|min|follow|email|twitter|share|"
          // labels a theme prints where a name could be: "Posted on" (a date follows), "Veröffentlicht am",
          // a comment form's "Name" field
          + "posted|veröffentlicht|publiziert|gepostet|name|"
          // a comments link set beside the name ("Leave a comment", "12 Kommentare")
          + "comment|comments|kommentar|kommentare|commentaire|commentaires|comentario|comentarios|commenti)\\b");
  /**
   * "Anna sagt:", "Art Edwards says": a reader's comment header, not the article's byline. Lower-case "said" only
   * (Said is a given name and a surname).
   */
  private static final Pattern COMMENTER = Pattern.compile(
      "\\s(?:says|said|wrote|(?i:sagt|schreibt|meint|dice|écrit))\\s*:?\\s*$");
  private static final Pattern TRAILING_PLACE = Pattern.compile("(?u)\\s+(?:in|aus|à|en|a|в|из)\\s+\\p{Lu}[\\p{L} .-]*$");
  private static final String SOFTWARE =
      "(?:wordpress|drupal|joomla|xenforo|typo3|vbulletin|phpbb|mybb|squarespace)";
  /**
   * A site-software credit where a byline could be: "XenForo theme by xenfocus", "Hecho en Bolivia con Drupal por
   * Smartica", "Powered by WordPress". The theme's maker is nobody's author; the whole line is dropped.
   */
  private static final Pattern SOFTWARE_CREDIT = Pattern.compile("(?iu)\\b(?:theme|template|skin|powered|hosted)\\s+"
      + "(?:by|von|par|por|da|door)\\b|\\b(?:con|with|mit|avec|by|por|par)\\s+" + SOFTWARE + "\\b|\\b" + SOFTWARE
      + "\\s+(?:theme|template|skin|forum)");
  /**
   * A photo credit or caption where a byline could be ("Фото из Инстаграма Лукаша Подольски", "Foto: dpa", "Photo by
   * Jane Doe"): it names who took or owns the picture, not who wrote the text.
   */
  private static final Pattern PHOTO_CREDIT = Pattern.compile(
      "(?iu)^\\s*(?:photo|photos|photograph|photographs|photography|foto|fotos|фото|bild|bilder|image|picture|grafik|illustration|video)"
          + "(?:\\s*[:/©]|\\s+(?:by|von|de|di|par|por|из|от|credit|courtesy)\\b|\\s*$)");
  /**
   * An account name a CMS shows when nobody set a display name ("admin", "wordpressadmin", "Administrator",
   * "webmaster"): one word, the login of whoever posted, never a person's name.
   */
  private static final Pattern ACCOUNT_NAME = Pattern.compile(
      "(?iu)\\p{L}*admin(?:istrator)?\\d*|webmaster|webmestre|sysop|root|wp-?user\\d*");
  /**
   * Interface labels a theme prints in or beside its author box, alone as a "name": "Zur Person", "Über", "About",
   * "Profil", "Gesponserte Inhalte" (a forum's advert post signed as if by a member).
   */
  private static final Pattern UI_LABEL = Pattern.compile("(?iu)zur person|über|über mich|über den autor|"
      + "über die autorin|about|about me|about the author|profil|profile|autorenseite|autorenprofil|biografie|"
      + "biography|kontakt|contact|mehr|more|home|login|anmelden|teilen|"
      // the byline's label alone, its name lost to a split ("Autor/in: Jane Roe" read as "Autor" and "in: …")
      + "autor|autorin|autoren|author|authors|auteur|autore|"
      + "(?:view\\s+|see\\s+)?(?:all|alle)\\s+(?:posts|articles|stories|artikel|beiträge|texte)|"
      + "(?:gesponserte?|sponsored|promoted|bezahlte?|paid)(?:\\s+(?:inhalte?|content|post|beitrag|partner))?|"
      + "anzeige|werbung|advertisement|advertorial|publicidad|publicité|patrocinado");
  /**
   * The editorial desk's abbreviation signed alone ("red." for redakcja/Redaktion/redactie, "oprac." for opracowanie,
   * "Red."): nobody's name. Matched on the whole name, its point cut off.
   */
  private static final Pattern DESK_ABBREVIATION = Pattern.compile("(?iu)red|oprac|opr|ред");
  private static final int MAX_WORDS = 5;
  private static final int MAX_RAW_CHARS = 300;
  private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0]+");
  private static final Pattern EMAIL = Pattern.compile("\\S+@\\S+");
  private static final Pattern PARENTHESES = Pattern.compile("\\([^)]*\\)");
  /** A name ending in an initial or a generational suffix and its point: "Joe S.", "Perry Bacon Jr.", "Sr.". */
  private static final Pattern ABBREVIATED_END = Pattern.compile("(?u)\\s(?:\\p{Lu}|Jr|Sr)\\.\\s*$");
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
      if (COMMENTER.matcher(s).find() || SOFTWARE_CREDIT.matcher(s).find() || PHOTO_CREDIT.matcher(s).find()) {
        continue;
      }
      if (s.startsWith("http://") || s.startsWith("https://") || s.startsWith("@") || s.startsWith("#")
          || s.startsWith("/")) {
        continue;
      }
      s = PARENTHESES.matcher(EMAIL.matcher(s).replaceAll(" ")).replaceAll(" ");
      s = BY_PREFIX.matcher(POSTED_BY_PREFIX.matcher(s).replaceFirst("")).replaceFirst("");
      s = ALL_POSTS_SUFFIX.matcher(s).replaceFirst("");
      s = SPACES.matcher(s).replaceAll(" ").strip(); // "Bruno (Henrique Zecchin) Rodrigues": the gap closes
      List<String> names = new ArrayList<>();
      for (String piece : SPLIT.split(s)) {
        String name = BY_PREFIX.matcher(piece.strip()).replaceFirst("");
        String placeless = TRAILING_PLACE.matcher(name).replaceFirst("");
        name = EDGE_PUNCTUATION.matcher(placeless).replaceAll("");
        if (ABBREVIATED_END.matcher(placeless).find() && name.length() > 1) {
          name += "."; // "Joe S.", "Perry Bacon Jr.": the point belongs to the abbreviation
        }
        if (isName(name)) {
          names.add(name);
        }
      }
      boolean listOfFullNames = names.size() > 1 && names.stream().anyMatch(n -> n.indexOf(' ') > 0 && !Places.known(n));
      // "hessenschau.de, Frankfurt, Germany": a list that names a country is an address (the publisher's, in a
      // meta author), "who, city, country": its places are no people, nor is the city before the country, which
      // the JDK's zone data may not know ("Frankfurt", "Frankfurt am Main", "Munich") unless it reads as a full
      // name ("Sebastian Held, Daniel Hentschel, Germany"). A lone "Georgia" or "Jordan" may be a person.
      int country = names.size() > 1 ? countryAt(names) : -1;
      for (int i = 0; i < names.size(); i++) {
        String name = names.get(i);
        if (country >= 0 && (i == country || i == country - 1 && i > 0 && !isFullName(name) || Places.known(name))) {
          continue;
        }
        // "Markus M. Haefliger, London, Beat Bumbacher": a place among full names is where one of them writes
        // from. Only a known place: a one-word name that is no place ("Jane Doe, Banksy") stays.
        if (!listOfFullNames || !Places.known(name)) {
          out.putIfAbsent(name.toLowerCase(Locale.ROOT), name);
        }
      }
    }
    return List.copyOf(new ArrayList<>(out.values()));
  }

  /** Its first two words start in upper case: "Daniel Hentschel", not "Frankfurt" or "Frankfurt am Main". */
  private static boolean isFullName(String name) {
    String[] w = name.split("\\s+");
    return w.length >= 2 && !w[0].isEmpty() && !w[1].isEmpty() && Character.isUpperCase(w[0].codePointAt(0))
        && Character.isUpperCase(w[1].codePointAt(0));
  }

  /** Where the first country name in the list is, or -1. */
  private static int countryAt(List<String> names) {
    for (int i = 0; i < names.size(); i++) {
      if (Places.country(names.get(i))) {
        return i;
      }
    }
    return -1;
  }

  private static boolean isName(String s) {
    if (s.length() < 3 && !isTwoCharacterChineseName(s) || s.length() > 60 || NOT_IN_NAMES.matcher(s).find()
        || ROLE.matcher(s).find()) {
      return false;
    }
    if (ACCOUNT_NAME.matcher(s).matches() || UI_LABEL.matcher(s).matches()
        || DESK_ABBREVIATION.matcher(s).matches()) {
      return false;
    }
    int words = s.split("\\s+").length;
    return words <= MAX_WORDS && Character.isLetter(s.codePointAt(0));
  }

  /**
   * A two-character Chinese name ("王伟", "李娜"): a whole name there, while two Latin letters are initials or an
   * agency's code ("AP"). Two Han characters are as often a label beside a byline ("人氣", "分類", "留言"), so the
   * first must be one of the common family names (the hundred most frequent, simplified and traditional forms),
   * which cover most people's names.
   */
  private static boolean isTwoCharacterChineseName(String s) {
    return s.length() == 2 && Character.UnicodeScript.of(s.charAt(1)) == Character.UnicodeScript.HAN
        && COMMON_FAMILY_NAMES.indexOf(s.charAt(0)) >= 0;
  }

  private static final String COMMON_FAMILY_NAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾"
      + "肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺"
      + "顾毛郝龚邵万钱严覃武戴莫孔向汤" // traditional forms of those that differ:
      + "張劉陳楊黃趙吳孫馬許韓馮鄧蕭葉蘇呂盧鍾譚陸賈韋鄒閻龔萬錢嚴湯賴";
}
