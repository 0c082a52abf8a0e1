package dev.newsstream.streams.parse;

import java.util.regex.Pattern;

/**
 * The publisher's appeals to the reader that end or interrupt an article (subscribe, sign up, get the app, support
 * our work, letters to the editor, contributors' disclaimers), told from news sentences that merely name a
 * newsletter or a messenger: an appeal asks and speaks to the reader, and is no reported speech. Used by
 * {@link BlockFilter} for the lines after the text, the opening line and sign-up boxes.
 */
final class ReaderAppeals {
  private ReaderAppeals() {}

  /**
   * The publisher's appeal to the reader set in ordinary type after the text: subscribe or sign up, get the app or
   * the newsletter, join the channel, support the work, write a letter to the editor, log in to read on, or the
   * site's disclaimer for contributors' content. Matched on what the line asks for, in several languages; a line
   * that merely mentions subscribing ("…wenn Du sie abonnierst") is not an appeal.
   */
  static final Pattern READER_APPEAL = Pattern.compile("(?iu)" + PatternGuards.firstLetterIn("sntwlaúi")
      + "\\b(?:subscribe|subscribers?\\b.{0,60}\\blog ?in|sign(?:ing)? up (?:for|to)|newsletter|telegram|whatsapp|"
      + "support(?:ing)? (?:our|us)\\b.{0,30}(?:journalism|work|reporting|site|blog|newsroom)|"
      + "letter to the editor|leserbrief|abonnieren|abonniere\\b|abonnez|suscr[ií]bete|suscríbase|únete|iscriviti)");
  /** Appeals no news sentence makes, addressed or not. */
  static final Pattern STANDING_APPEAL = Pattern.compile("(?iu)" + PatternGuards.firstLetterIn("diünk")
      + "\\b(?:download (?:the|our)\\b.{0,40}\\bapps? "
      + "(?:for|on) (?:ios|android|iphone)|is not responsible for the opinions|übernimmt keine (?:haftung|"
      + "verantwortung) für (?:die )?(?:inhalte|meinungen)|never miss (?:a|an|the)\\b|keine .{0,40} (?:mehr )?verpassen)");
  /**
   * An appeal speaks to the reader: "you", "our", "us" and their forms in the languages above. A news sentence that
   * merely names a newsletter, WhatsApp or a subscription ("investors rushed to subscribe to the bond") has none.
   */
  private static final Pattern READER_ADDRESS = Pattern.compile("(?iu)\\b(?:you|your|our|us|we|unser"
      + "|unsere|uns|du|dich|dir|dein|deine|vous|votre|vos|nous|notre|nos|tu|te|usted|ustedes|su|nuestro|nuestra|nuestros"
      + "|voc[eê]|seu|sua|nosso|nossa|vostro|vostra|nostro|nostra|ci)\\b"
      // German formal address is "Sie"/"Ihr" capitalised inside a sentence: lower-case "sie" is she or they
      + "|(?-i:(?<=[\\p{L},]\\s)(?:Sie|Ihr|Ihre|Ihren|Ihrem|Ihrer|Ihnen)\\b)");
  /**
   * A line that reports what someone said: a quotation in quote marks, or a said-clause. A source quoted about
   * WhatsApp or a newsletter ("We will not let anyone take WhatsApp from us," she said) speaks to the reporter, not
   * to the reader.
   */
  private static final Pattern REPORTED_SPEECH = Pattern.compile("(?iu)(?<!\\p{L})[\"“„«‘].{12,}[\"”“»’](?!\\p{L})|"
      // (an apostrophe is no quote mark: "it's free and you'll get…" quotes nobody)
      + "\\b(?:(?:he|she|they|it|the \\p{L}+) (?:said|says|told|added|wrote)|(?:said|says|told|added) (?:the )?"
      + "(?-i:\\p{Lu})|sagte|sagt|erklärte|betonte|so (?:die|der) |a (?:dit|déclaré)|dijo|afirmó|ha detto)\\b");
  /**
   * A heading that is itself an appeal: it asks ("Sign up for our newsletter", "Abonnieren Sie …", "Folge uns auf
   * WhatsApp") or speaks to the reader. "Telegram in the spotlight" or "WhatsApp and the newsletter boom" name
   * the service in a subhead of the text.
   */
  private static final Pattern APPEAL_HEADING = Pattern.compile("(?iu)^\\W{0,3}(?:sign up|subscribe|join|get|follow|"
      + "download|support|never miss|stay (?:informed|up to date|updated)|abonniere|abonnieren|folge|folgen sie|"
      + "melde dich|melden sie sich|hol dir|holen sie sich|jetzt|bleib|bleiben sie|abonnez-vous|inscrivez-vous|"
      + "suivez|suscr[ií]bete|suscríbase|únete|síguenos|iscriviti|seguici|assine|inscreva-se|siga)\\b");
  private static final int APPEAL_MAX_CHARS = 300;

  static boolean isAppeal(TextBlocks.Block b) {
    return !b.isHeading() && !b.tag().equals("li") && b.text().length() <= APPEAL_MAX_CHARS
        && (STANDING_APPEAL.matcher(b.text()).find() || READER_APPEAL.matcher(b.text()).find()
            && READER_ADDRESS.matcher(b.text()).find() && !REPORTED_SPEECH.matcher(b.text()).find());
  }

  /**
   * An appeal that speaks to the reader, for the opening line: the standing phrases ("keine … verpassen") also fit a
   * news sentence's opening ("Die Fans wollen keine Sekunde verpassen").
   */
  static boolean isAddressedAppeal(TextBlocks.Block b) {
    return !b.isHeading() && !b.tag().equals("li") && b.text().length() <= APPEAL_MAX_CHARS
        && READER_APPEAL.matcher(b.text()).find() && READER_ADDRESS.matcher(b.text()).find()
        && !REPORTED_SPEECH.matcher(b.text()).find();
  }

  /**
   * The first line of a sign-up or subscription box: an appeal, or a heading that is one ("Sign up for our
   * newsletter", "Get our WhatsApp channel"), not one that merely names the service.
   */
  static boolean opensAppealBox(TextBlocks.Block b) {
    return isAppeal(b) || b.isHeading() && READER_APPEAL.matcher(b.text()).find()
        && (APPEAL_HEADING.matcher(b.text()).lookingAt() || READER_ADDRESS.matcher(b.text()).find());
  }
}
