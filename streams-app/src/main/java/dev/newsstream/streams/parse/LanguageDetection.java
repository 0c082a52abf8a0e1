package dev.newsstream.streams.parse;

import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import java.util.Locale;
import java.util.Optional;

/**
 * The language of an article's text, with Lingua. Only common news languages are loaded, in low-accuracy mode
 * (trigram models: tens of MB instead of ~1 GB), once per JVM; the detector is thread-safe. Prose in a common
 * news language is settled first by {@link StopwordLanguage}, so Lingua's ~15 ms per call is paid only for the
 * rest.
 */
public final class LanguageDetection {
  /** Text is cut to this many chars: enough for a sure answer on prose, and keeps detection cheap. */
  private static final int SAMPLE_CHARS = 800;
  private static final int MIN_LETTERS = 40;
  private static final double PLAUSIBLE_SHARE = 0.08;

  private LanguageDetection() {}

  private static final class Holder {
    static final LanguageDetector DETECTOR = LanguageDetectorBuilder.fromLanguages(
            Language.ENGLISH, Language.GERMAN, Language.FRENCH, Language.SPANISH, Language.ITALIAN,
            Language.PORTUGUESE, Language.DUTCH, Language.POLISH, Language.RUSSIAN, Language.UKRAINIAN,
            Language.SWEDISH, Language.DANISH, Language.BOKMAL, Language.FINNISH, Language.CZECH,
            Language.TURKISH, Language.ARABIC, Language.CHINESE, Language.JAPANESE, Language.KOREAN,
            Language.HINDI, Language.INDONESIAN, Language.GREEK, Language.ROMANIAN, Language.HUNGARIAN,
            // Languages whose script is their own: Lingua names them from the letters alone (its models for them
            // are a few KB of unigrams), so a Bengali text under a template's lang="en" is not left undetected.
            Language.BENGALI, Language.HEBREW, Language.ARMENIAN, Language.GEORGIAN, Language.GUJARATI,
            Language.PUNJABI, Language.TAMIL, Language.TELUGU)
        .withLowAccuracyMode()
        .withPreloadedLanguageModels()
        .withMinimumRelativeDistance(0.05)
        .build();
  }

  private static final java.util.concurrent.atomic.AtomicBoolean PRELOADING = new java.util.concurrent.atomic.AtomicBoolean();

  /**
   * Loads the models (~4 s, once per JVM) on a background daemon thread, so the first page that needs Lingua does
   * not wait for them.
   */
  public static void preloadInBackground() {
    if (PRELOADING.compareAndSet(false, true)) {
      Thread t = new Thread(() -> {
        LanguageDetector unused = Holder.DETECTOR;
      }, "lingua-preload");
      t.setDaemon(true);
      t.start();
    }
  }

  /** ISO 639-1 code of the text's language, or empty when the text is too short or the answer unsure. */
  public static Optional<String> detect(String text) {
    if (text == null) {
      return Optional.empty();
    }
    String sample = text.length() > SAMPLE_CHARS ? text.substring(0, SAMPLE_CHARS) : text;
    if (sample.codePoints().filter(Character::isLetter).count() < MIN_LETTERS) {
      return Optional.empty();
    }
    Optional<String> quick = StopwordLanguage.guess(sample);
    if (quick.isPresent()) {
      return quick;
    }
    Language best = Holder.DETECTOR.detectLanguageOf(sample);
    return best == Language.UNKNOWN ? Optional.empty() : Optional.of(code(best));
  }

  /**
   * The page's declared language unless the text clearly says otherwise (templates often ship a fixed
   * {@code lang="en"}); the detected one when the page says nothing.
   */
  public static String resolve(String declared, String text) {
    if (declared != null && text != null) {
      String sample = text.length() > SAMPLE_CHARS ? text.substring(0, SAMPLE_CHARS) : text;
      // Cheap checks first: a language we have no word list for is taken as declared; one we know is accepted
      // when its function words are there, so Lingua runs only on doubt.
      if (!StopwordLanguage.knows(declared)) {
        return declared;
      }
      Optional<String> quick = StopwordLanguage.guess(sample);
      if (quick.isPresent()) {
        return quick.get();
      }
      if (StopwordLanguage.share(sample, declared) >= PLAUSIBLE_SHARE) {
        return declared;
      }
    }
    Optional<String> detected = detect(text);
    if (detected.isEmpty()) {
      return declared;
    }
    if (declared == null || !declared.equals(detected.get()) && !sameMacroLanguage(declared, detected.get())) {
      return detected.get();
    }
    return declared;
  }

  private static boolean sameMacroLanguage(String a, String b) {
    // Norwegian: pages say "no" or "nb", Lingua answers "nb".
    return (a.equals("no") || a.equals("nb") || a.equals("nn")) && b.equals("nb");
  }

  private static String code(Language language) {
    return language.getIsoCode639_1().toString().toLowerCase(Locale.ROOT);
  }
}
