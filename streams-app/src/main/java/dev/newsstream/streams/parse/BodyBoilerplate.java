package dev.newsstream.streams.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Stage 4, inside the body container: boilerplate set among the article's own paragraphs, known by what it says (in
 * several languages) rather than by its markup's names — a caption written as a paragraph with its credit, a teaser
 * for another story that ends in a "more" link, a box that opens with a newsletter or subscription call, and the
 * paywall note after which only the offer follows. Each rule reads one line (a box rule also the few lines of its
 * box), with bounded regular expressions on short lines only: no extra pass over the document.
 */
final class BodyBoilerplate {
  /**
   * A credit's name: capitalised words (a person, an agency, "Flickr/Giphy", "AP Photo/John Smith") with the
   * joiners names use, at most eight of them. "drone show the scale of the damage" or "national weather service
   * figures" are words of a sentence, not a name.
   */
  private static final String NAME = "(?:[\\p{Lu}\\d][\\p{L}\\p{M}\\d.'’&-]*|\\p{Ll}{2,4}\\b)"; // or an agency: "dpa"
  private static final String NAMES = "(?-i:" + NAME + "(?:(?:\\s*[/,&|]\\s*|\\s+)(?:(?:and|und|et|y|e|for|für|via|de|"
      + "di|da|van|von|der|del|la|le|du)\\s+)?" + NAME + "){0,7})";
  private static final String PICTURE_WORDS = "image|images|photo|photos|picture|pictures|pic|foto|fotos|bild|"
      + "bilder|imagen|imagem|immagine|credit|credits|crédit|crédito|courtesy";
  /**
   * A credit on a line of its own: "(Bild: Dieter Stork)", "Source: Flickr/Giphy", "Quelle: Landesregierung",
   * "Photo by Jane Doe/Reuters": a name or an agency, no sentence. Source words count only here: at the end of a
   * sentence "(Source: ONS)" cites data.
   */
  private static final Pattern CREDIT_LINE = Pattern.compile("(?iu)^[(\\[]?\\s*(?:(?:" + PICTURE_WORDS
      + "|source|sources|quelle|quellen|fuente|fuentes|fonte|fontes|источник)\\s*:[^()\\[\\]]{1,60}(?<![.!?;:])|"
      + "(?:photo|picture|image|foto)s?\\s+(?:by|von|de|di)\\s+" + NAMES + ")[)\\]]?$");
  /**
   * A caption ending in its credit, set off from the caption: "… ausbilden. © CAE", "… press conference (Image:
   * Colin Keegan, Collins)", "… at the harbour. Picture: John Smith". The credit is a name ({@link #NAMES}) after
   * ©, in brackets, or after a finished sentence or a separator: running text does not end on a photographer's name, while
   * "… still carries the notice © Crown copyright" and "… (Credit: national weather service figures)" are
   * sentences that mention a credit.
   */
  private static final Pattern CREDIT_TAIL = Pattern.compile("(?u)(?:(?:^|\\s)©\\s*" + NAMES
      + "|\\(\\s*(?i:" + PICTURE_WORDS + ")\\s*:\\s*" + NAMES + "\\s*\\)|(?:[.!?]\\s|\\s[|–—-]\\s)\\s*(?i:picture|photo|"
      + "image|foto|bild)\\s*:\\s*" + NAMES + ")\\.?$");
  private static final int CAPTION_MAX_CHARS = 300;
  /**
   * Stock labels of blog and sharing widgets, left as text when their buttons are gone: WordPress's "Like this:" /
   * "Gefällt mir Wird geladen…", "Latest posts by … (see all)", view counters, "Artikel teilen", an audio player's
   * "Escucha esta nota aquí", "mehr anzeigen" buttons, a comment form's heading, field labels and log-in note, a
   * search box's label, download links with their size.
   */
  private static final Pattern WIDGET_LABEL = Pattern.compile("(?iu)^(?:like this:?|like loading.*|like on facebook|"
      + "gefällt mir:?|gefällt mir wird geladen.*|liken lade.*|j'aime chargement.*|me gusta cargando.*|"
      // a video or comment widget's "loading…" in Chinese and Japanese: the label and its dots only ("正在加载的货车"
      // is a sentence's subject)
      + "(?:正在加载|加载中|正在載入|載入中|読み込み中)[.。…·\\s]*(?:请稍候|請稍候)?[.。…!！\\s]*|"
      + "latest posts by .{1,60}\\(see all\\)|post views:? ?[\\d.,]+|\\(?visited [\\d.,]+ times?.*|artikel teilen|"
      + "beitrag teilen|share (?:this|the) (?:article|story|post)|escucha (?:esta|la) nota.*|listen to (?:this|the) "
      + "(?:article|story).{0,20}|mehr anzeigen|weniger anzeigen|show more|show less|ver más|voir plus|"
      + "mostra (?:di )?più|"
      // a comment form's heading, privacy note and field labels, a search box's label
      + "leave a (?:reply|comment)|schreibe einen kommentar|hinterlasse einen kommentar|laisser un commentaire|"
      + "deja un comentario|lascia un commento|(?:your|deine|ihre) e-?mail-adresse wird nicht veröffentlicht.*|"
      + "your email address will not be published.*|votre adresse (?:e-?mail|de messagerie) ne sera pas publiée.*|"
      + "(?:name|e-?mail|website|webseite|kommentar|comment)\\s*\\*|search for:|suche nach:|"
      // a comment form's log-in note
      + "you must be logged in to (?:post a )?comment.{0,20}|um .{1,80} kommentieren zu können, müssen sie "
      + "(?:eingeloggt|angemeldet) sein\\.?|vous devez être connecté pour (?:publier|poster) un commentaire\\.?|"
      + "debes (?:estar registrado|iniciar sesión) para (?:publicar|dejar) un comentario\\.?|"
      // a download link with its file size: "Dieses Skript als PDF herunterladen", "… Download (123 KB)"
      + ".{0,150}\\((?:pdf|mp3|docx?|xlsx?|zip)?,? ?[\\d.,]+ ?(?:kb|mb)\\)|.{0,60} als pdf herunterladen|"
      + "download (?:as )?pdf)$");
  private static final int LABEL_MAX_CHARS = 200;
  /**
   * The heading of a section of other stories after the text ("You might also like", "Diese Artikel könnten dich
   * auch interessieren:", "Neueste Artikel", "Noticias relacionadas"). Pointers set inside the text ("Lesen Sie
   * auch:", "Czytaj także:") are links to one story, not such a section, and are not matched. Only a finished
   * sentence may come before it ("Like this? You might also be interested in…"): "Nine more news crews arrived"
   * is not a heading.
   */
  private static final Pattern RELATED_SECTION = Pattern.compile("(?iu)^(?:[^.!?]{0,30}[.!?]\\s+)?(?:you (?:might|may) also "
      + "(?:like|enjoy|be interested)|(?:diese (?:artikel|beiträge) )?(?:könnte|könnten) (?:dich|euch|sie|ihnen) "
      + "(?:auch|ebenfalls) interessieren|das könnte (?:dich|sie|euch) auch interessieren|neueste (?:artikel|"
      + "beiträge)|weitere (?:artikel|beiträge|nachrichten)|ähnliche (?:artikel|beiträge)|related (?:posts|articles|"
      + "stories|content|coverage)|more (?:[\\p{L}-]+ ){0,2}?(?:stories|articles|news)(?: from| like| on)?|weitere informationen|(?:more|further) information|further reading|recommended (?:for you|stories|"
      + "articles)|noticias relacionadas|más noticias|vous aimerez aussi|articles similaires|sur le même sujet|"
      + "potrebbe interessarti|articoli correlati|artigos relacionados|похожие (?:статьи|новости))\\b[^.!?]{0,40}$");
  /**
   * The same heading in Chinese, as a line of its own: "精彩视频推荐" (recommended videos), "相关新闻", "延伸阅读",
   * "猜你喜欢". Unspaced script: the whole line, with a colon at most, as "推荐阅读的三本书" is a sentence's start.
   */
  private static final Pattern RELATED_SECTION_CJK = Pattern.compile("^(?:(?:精彩|相关|相關|热门|熱門|更多)?"
      + "(?:视频|視頻|影片|新闻|新聞|文章|阅读|閱讀|内容|內容|图片|圖片)?推[荐薦]|(?:相关|相關|延伸|推荐|推薦|更多)"
      + "(?:新闻|新聞|文章|阅读|閱讀|报道|報導|视频|視頻|影片)|猜你喜[欢歡])[:：]?$");
  private static final int RELATED_MAX_CHARS = 80;

  /** A line whose last words are a "more" link's label, after a sentence or in brackets: "… Hintergründe. mehr". */
  private static final Pattern MORE_LINK_END = Pattern.compile("(?iu)(?:[.!?…\"”»]\\s*|\\s)([\\[(]?\\s*(more|read "
      + "more|mehr|weiterlesen|mehr lesen|zum artikel|czytaj (?:więcej|dalej)|więcej|leer más|seguir leyendo|"
      + "lire la suite|en savoir plus|continua a leggere|leggi tutto|leia mais|подробнее|читать далее|далее|"
      + "continue reading|read on|lees meer|verder lezen)\\s*(?:»|›|>|→|\\.\\.\\.|…)?\\s*[\\])]?)$");

  private static final int MORE_TAIL_CHARS = 40;

  /**
   * A note that the rest of the story is for subscribers ("To view the full story, please subscribe…", "Um den
   * ganzen Artikel zu lesen…"): only the offer follows it. Checked together with {@link #MEMBERSHIP}.
   */
  private static final Pattern PAYWALL = Pattern.compile("(?iu)\\b(?:to (?:view|read|continue reading|access|see|"
      + "unlock) (?:the|this) (?:full |entire |whole |complete |rest of (?:the|this) )?(?:story|article|post)|"
      + "to (?:continue|keep) reading|(?:this|the full) (?:article|story|content) is (?:only )?(?:available|"
      + "reserved|exclusive) (?:only )?(?:to|for)|um (?:den|diesen|das|dieses) (?:ganzen |vollständigen |"
      + "kompletten |gesamten )?(?:artikel|beitrag|text) (?:vollständig )?(?:zu lesen|weiterzulesen|lesen zu "
      + "können)|(?:dieser|der) (?:artikel|beitrag|inhalt) ist (?:nur|exklusiv) für|pour lire la suite|"
      + "para (?:seguir|continuar) leyendo|per continuare a leggere|para continuar lendo)");
  /**
   * The offer that makes a note a paywall: subscribe, log in, register, become a member, as whole words ("member"
   * is not in "remember", nor "regist" in "a registered charity", nor "assin" in "passing"; an insurance premium is
   * no offer).
   */
  private static final Pattern MEMBERSHIP = Pattern.compile("(?iu)\\b(?:subscribe|subscribers?|subscription|"
      + "abonnieren|abonniere|abonnent(?:en|in)?|abonnement|abonnez-vous|abonnés?|suscr[ií]bete|suscríbase|"
      + "suscriptor(?:es)?|suscripción|abbonati|abbonarsi|abbonamento|assine|assinante|assinatura|log ?in|"
      + "logged in|sign in|signed in|register|registrieren|registrierte?n?|anmelden|einloggen|eingeloggt|"
      + "become a member|members only|mitglied werden|nur für mitglieder|plus-?abo|premium-?(?:abo|"
      + "subscription|membership|access|subscribers?|members?))\\b");
  /** A paywall note is short: the offer and a line of reason, not a paragraph of reporting. */
  private static final int PAYWALL_MAX_CHARS = 220;
  private static final int NOTE_MAX_CHARS = 300;

  /** A box (newsletter sign-up, subscription offer) holds at most this many lines and characters. */
  private static final int BOX_MAX_LINES = 8;
  private static final int BOX_MAX_CHARS = 1500;

  private BodyBoilerplate() {}

  /** A caption or credit line written as a paragraph (see {@link #CREDIT_LINE}, {@link #CREDIT_TAIL}). */
  static boolean isCaption(String text) {
    // every credit tail has its © or its colon: most lines are passed over without a search (~2 % of parse time)
    return text.length() <= CAPTION_MAX_CHARS
        && (CREDIT_LINE.matcher(text).matches()
            || (text.indexOf('©') >= 0 || text.indexOf(':') >= 0) && CREDIT_TAIL.matcher(text).find());
  }

  /** A widget's stock label left as a line ({@link #WIDGET_LABEL}). */
  static boolean isWidgetLabel(String text) {
    return text.length() <= LABEL_MAX_CHARS && WIDGET_LABEL.matcher(text).matches();
  }

  /**
   * Index of the heading of a section of other stories in the second half of {@code blocks[start, end)}, or
   * {@code end}: the body ends there, with the teasers after it. In the first half such a line is rather the
   * text's own (a page that lists related stories before its text has no text after them to lose). Only where
   * {@code teasersFollow} says what comes after the heading (in the page, before filtering) is a list of links
   * and not prose: "Weitere Nachrichten aus dem Stadtrat" over paragraphs is a subhead of the text.
   */
  static int relatedSection(List<TextBlocks.Block> blocks, int start, int end,
      Predicate<TextBlocks.Block> teasersFollow) {
    for (int i = start + (end - start + 1) / 2; i < end; i++) {
      String t = blocks.get(i).text();
      if (t.length() <= RELATED_MAX_CHARS && i > start
          && (RELATED_SECTION.matcher(t).matches() || RELATED_SECTION_CJK.matcher(t).matches())
          && teasersFollow.test(blocks.get(i))) {
        return i;
      }
    }
    return end;
  }

  /**
   * Index of the paywall note among {@code blocks[start, end)} ({@code end} when there is none): the body ends
   * there. Never the first line: a page that opens with the note has nothing else to keep.
   */
  static int paywallNote(List<TextBlocks.Block> blocks, int start, int end) {
    for (int i = start + 1; i < end; i++) {
      String t = blocks.get(i).text();
      if (t.length() <= PAYWALL_MAX_CHARS && PAYWALL.matcher(t).find() && MEMBERSHIP.matcher(t).find()) {
        return i;
      }
    }
    return end;
  }

  /**
   * Drops boxes that open with a reader appeal and teasers that end in a "more" link, clearing {@code kept};
   * returns the blocks with "more" labels cut from lines that stay (a paragraph of the text that links on:
   * "… in Polsce. [czytaj więcej]"). {@code inContainer[i]}: line i lies in a container; {@code kept[i]}: and it
   * was not dropped yet.
   *
   * @param isAppeal whether a line is a reader appeal (subscribe, newsletter, …); headings need no "you"
   */
  static List<TextBlocks.Block> dropInBodyBoxes(List<TextBlocks.Block> blocks, boolean[] kept,
      List<Element> containers, boolean[] inContainer, Predicate<TextBlocks.Block> isAppeal) {
    List<TextBlocks.Block> out = blocks;
    for (int i = 0; i < blocks.size(); i++) {
      if (!inContainer[i]) {
        continue;
      }
      TextBlocks.Block b = blocks.get(i);
      if (b.text().length() <= NOTE_MAX_CHARS && isAppeal.test(b)) {
        int[] box = box(blocks, i);
        if (box != null && box[0] == i && box[1] - box[0] <= BOX_MAX_LINES
            && chars(blocks, box) <= BOX_MAX_CHARS && !holdsContainer(box, blocks, containers, inContainer)) {
          for (int j = box[0]; j < box[1]; j++) {
            kept[j] = false;
          }
        }
        continue;
      }
      if (!kept[i]) {
        continue;
      }
      Matcher more = MORE_LINK_END.matcher(b.text());
      more.region(Math.max(0, b.text().length() - MORE_TAIL_CHARS), b.text().length()); // the label is short
      if (more.find() && isSetOff(b.text(), more) && isLinkLabel(b.owner(), more.group(2))) {
        int[] box = box(blocks, i);
        if (box != null && othersAllDropped(box, i, kept)) {
          kept[i] = false; // a teaser card: a linked headline over this summary
        } else {
          String rest = b.text().substring(0, more.start(1)).strip();
          if (out == blocks) {
            out = new ArrayList<>(blocks);
          }
          out.set(i, new TextBlocks.Block(rest, b.owner(), Math.max(0, b.linkChars() - more.group(1).length()),
              b.tag(), b.emphasisChars()));
        }
      }
    }
    return out;
  }

  /**
   * Whether the "more" label is set off from the sentence before it (after a finished sentence, in brackets or
   * with an arrow): "… forecasters warned there could be [link: more]" is a sentence whose last word is a link.
   */
  private static boolean isSetOff(String text, Matcher more) {
    String label = more.group(1);
    String before = text.substring(0, more.start(1)).stripTrailing();
    return label.startsWith("[") || label.startsWith("(") || !label.equals(label.replaceAll("[»›>→…]|\\.\\.\\.$", ""))
        || !before.isEmpty() && ".!?…\"”»:".indexOf(before.charAt(before.length() - 1)) >= 0;
  }

  /** Whether a link inside {@code owner} reads {@code label} (arrows and brackets aside). */
  private static boolean isLinkLabel(Element owner, String label) {
    String want = label.toLowerCase(Locale.ROOT);
    for (Element a : owner.getElementsByTag("a")) {
      String t = a.text().replaceAll("[\\[\\]()»›>→…]|\\.\\.\\.", "").strip().toLowerCase(Locale.ROOT);
      if (t.equals(want)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Lines [from, to) of the smallest element around line {@code i}'s owner that holds other lines too, or null.
   * An element's lines are contiguous in document order, so this scans outwards from the line while inside it.
   */
  static int[] box(List<TextBlocks.Block> blocks, int i) {
    for (Element section = blocks.get(i).owner().parent(); section != null; section = section.parent()) {
      int from = i;
      while (from > 0 && Queries.isWithin(blocks.get(from - 1).owner(), section)) {
        from--;
      }
      int to = i + 1;
      while (to < blocks.size() && Queries.isWithin(blocks.get(to).owner(), section)) {
        to++;
      }
      if (to - from > 1) {
        return new int[] {from, to};
      }
      if (section.normalName().equals("body")) {
        return null;
      }
    }
    return null;
  }

  /**
   * Whether the box is (a part of) the article rather than a box in it: a container the box touches has no lines
   * outside it. A container's lines are contiguous, so the lines just before and after the box tell. Where the
   * containers are single paragraphs (a live blog's lead entry, text joined paragraph by paragraph), a sign-up box's
   * paragraph is a container of its own that nothing lies outside of: a box set between container lines on both
   * sides that holds less than half of the containers' text is a box in the article all the same.
   */
  private static boolean holdsContainer(int[] box, List<TextBlocks.Block> blocks, List<Element> containers,
      boolean[] inContainer) {
    for (Element c : containers) {
      boolean touches = false;
      for (int j = box[0]; j < box[1] && !touches; j++) {
        touches = Queries.isWithin(blocks.get(j).owner(), c);
      }
      if (touches && (box[0] == 0 || !Queries.isWithin(blocks.get(box[0] - 1).owner(), c))
          && (box[1] == blocks.size() || !Queries.isWithin(blocks.get(box[1]).owner(), c))) {
        return !isSetAmidText(box, blocks, inContainer);
      }
    }
    return false;
  }

  /** Container lines right before and right after the box, and the box under half of the containers' text. */
  static boolean isSetAmidText(int[] box, List<TextBlocks.Block> blocks, boolean[] inContainer) {
    if (box[0] == 0 || box[1] == blocks.size() || !inContainer[box[0] - 1] || !inContainer[box[1]]) {
      return false;
    }
    int all = 0;
    for (int j = 0; j < blocks.size(); j++) {
      all += inContainer[j] ? blocks.get(j).text().length() : 0;
    }
    return chars(blocks, box) * 2 < all;
  }

  private static boolean othersAllDropped(int[] box, int i, boolean[] kept) {
    for (int j = box[0]; j < box[1]; j++) {
      if (j != i && kept[j]) {
        return false;
      }
    }
    return true;
  }

  static int chars(List<TextBlocks.Block> blocks, int[] box) {
    int n = 0;
    for (int j = box[0]; j < box[1]; j++) {
      n += blocks.get(j).text().length();
    }
    return n;
  }

  /**
   * A blog theme's "posted by" line: "Posted by Konstantin @ 12:00 am", "Veröffentlicht von HansG am 3. Mai",
   * "Publié par Claire Dubois le 4 mars" (the label, then a name and the time or date, or nothing).
   */
  private static final Pattern POSTED_BY = Pattern.compile("(?iu)^(?:posted|written|published|filed|submitted|"
      + "veröffentlicht|geschrieben|verfasst|gepostet|eingestellt|publié|écrit|rédigé|posté|publicado|escrito|"
      + "pubblicato|scritto|geplaatst|geschreven)\\s+(?:by|von|par|por|da|di|door)\\s*\\p{L}[^.!?]{0,80}$");
  /** The label before a date-only line: "Posted: Thursday, April 21, 2022. 10:11 pm CST.", "Veröffentlicht am …". */
  private static final Pattern DATE_LABEL = Pattern.compile("(?iu)^(?:posted|published|updated|last updated|"
      + "veröffentlicht|publiziert|aktualisiert|erstellt|publié|mis à jour|publicado|actualizado|pubblicato|"
      + "aggiornato)(?:\\s+(?:on|am|le|el|il))?\\s*:?\\s+");
  /** Whether a line (at most 120 chars) is a "posted by" line ({@link #POSTED_BY}). */
  static boolean isPostedBy(String t) {
    return POSTED_BY.matcher(t).matches();
  }

  /** Whether a short line is a date behind a label ({@link #DATE_LABEL}), a full stop after the date or not. */
  static boolean isLabelledDate(String t) {
    Matcher label = DATE_LABEL.matcher(t);
    return label.lookingAt()
        && DateParsing.parseOffset(t.substring(label.end()).replaceAll("[.\\s]+$", "")).isPresent();
  }

  /**
   * An affiliate disclosure: a line of at most 300 chars on compensation or commission for
   * links, partners or advertisers ("We may receive compensation if you visit partners we recommend.", "Für Links
   * auf dieser Seite erhält CHIP ggf. eine Provision"). A report on a commission ("The commission's partners…") needs
   * the money word as well and is rarely that short a paragraph.
   */
  static final Pattern DISCLOSURE = Pattern.compile("(?iu)(?=.*" + PatternGuards.firstLetterIn("cp")
      + "\\b(?:compensation|provision|commissions? (?:from|on|for|if|when))\\b)"
      + "(?=.*\\b(?:advertis\\w*|affiliate|partners?|partnern|links?)\\b)"
      + "(?=.*\\b(?:we|wir|erhält|erhalten|receive|earn)\\b).*");
  private static final int DISCLOSURE_MAX_CHARS = 300;

  /** Whether the line is an affiliate disclosure ({@link #DISCLOSURE}). */
  static boolean isAffiliateDisclosure(String line) {
    return line.length() <= DISCLOSURE_MAX_CHARS && DISCLOSURE.matcher(line).matches();
  }
}
