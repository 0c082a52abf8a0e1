package dev.newsstream.streams.enrich;

import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.international.french.process.FrenchTokenizer;
import edu.stanford.nlp.international.spanish.process.SpanishTokenizer;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.process.CoreLabelTokenFactory;
import edu.stanford.nlp.process.PTBTokenizer;
import edu.stanford.nlp.process.TokenizerFactory;
import edu.stanford.nlp.process.WordToSentenceProcessor;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Text -> sentences of tokens whose {@code beginPosition}/{@code endPosition} are character offsets into the text,
 * per language, with the tokenizer CoreNLP's own pipeline uses for it ({@code TokenizerAnnotator}'s defaults):
 * PTB for English, PTB with German options, CoreNLP's French and Spanish tokenizers, and for Chinese its CRF word
 * segmenter. A blank line (paragraph break) always ends a sentence. Thread-safe.
 *
 * <p>Not done (CoreNLP's pipelines do it in a later "mwt" step): splitting French/Spanish/German contractions such as
 * "du" -> "de le"; the NER models see them whole.
 */
public final class Sentences {
  private static final Pattern PARAGRAPHS = Pattern.compile("\\n\\s*\\n");
  /** Sentence ends in Chinese text: CoreNLP's StanfordCoreNLP-chinese.properties {@code ssplit.boundaryTokenRegex}. */
  private static final String CHINESE_BOUNDARIES = "[.。]|[!?！？]+";

  private Sentences() {}

  /** PTB tokens, newline tokens kept so that two of them (a blank line) end a sentence: NerTagger's English path. */
  public static Function<String, List<List<CoreLabel>>> english() {
    return ENGLISH;
  }

  /**
   * One instance for every English tagger, so that taggers can tell they split alike and share one split
   * ({@link NerTagger#splitsLike}). Shared read-only: each call makes its own tokenizer.
   */
  private static final Function<String, List<List<CoreLabel>>> ENGLISH = newEnglish();

  private static Function<String, List<List<CoreLabel>>> newEnglish() {
    TokenizerFactory<CoreLabel> tokenizers = PTBTokenizer.factory(new CoreLabelTokenFactory(),
        "untokenizable=noneKeep,tokenizeNLs=true");
    WordToSentenceProcessor<CoreLabel> splitter =
        new WordToSentenceProcessor<>(WordToSentenceProcessor.NewlineIsSentenceBreak.TWO_CONSECUTIVE);
    return text -> splitter.process(tokenizers.getTokenizer(new StringReader(text)).tokenize());
  }

  /** German: CoreNLP's options for "de" (no PTB escaping, hyphenated words split). */
  public static Function<String, List<List<CoreLabel>>> german() {
    return byParagraph(PTBTokenizer.factory(new CoreLabelTokenFactory(),
        "invertible,ptb3Escaping=false,splitHyphenated=true,untokenizable=noneKeep"), new WordToSentenceProcessor<>());
  }

  public static Function<String, List<List<CoreLabel>>> french() {
    return byParagraph(FrenchTokenizer.factory(new CoreLabelTokenFactory(), FrenchTokenizer.DEFAULT_OPTIONS),
        new WordToSentenceProcessor<>());
  }

  public static Function<String, List<List<CoreLabel>>> spanish() {
    return byParagraph(SpanishTokenizer.factory(new CoreLabelTokenFactory(), SpanishTokenizer.DEFAULT_OPTIONS),
        new WordToSentenceProcessor<>());
  }

  /**
   * Chinese: the segmenter's words, located in the text in order (it drops whitespace and keeps every other
   * character, so each word is found at or after the end of the previous one), then sentences at 。！？.
   */
  public static Function<String, List<List<CoreLabel>>> chinese(CRFClassifier<CoreLabel> segmenter) {
    WordToSentenceProcessor<CoreLabel> splitter = new WordToSentenceProcessor<>(CHINESE_BOUNDARIES,
        WordToSentenceProcessor.NewlineIsSentenceBreak.NEVER, false);
    return text -> {
      List<List<CoreLabel>> out = new ArrayList<>();
      forEachParagraph(text, (start, paragraph) -> {
        List<CoreLabel> tokens = new ArrayList<>();
        int at = 0;
        for (String word : segmenter.segmentString(paragraph)) {
          int found = paragraph.indexOf(word, at);
          if (found < 0) {
            continue; // the segmenter normalised this word's characters: no offsets, so no mention from it
          }
          tokens.add(token(word, start + found, start + found + word.length()));
          at = found + word.length();
        }
        out.addAll(splitter.process(tokens));
      });
      return out;
    };
  }

  private static Function<String, List<List<CoreLabel>>> byParagraph(TokenizerFactory<CoreLabel> tokenizers,
      WordToSentenceProcessor<CoreLabel> splitter) {
    return text -> {
      List<List<CoreLabel>> out = new ArrayList<>();
      forEachParagraph(text, (start, paragraph) -> {
        List<CoreLabel> tokens = tokenizers.getTokenizer(new StringReader(paragraph)).tokenize();
        for (CoreLabel t : tokens) {
          t.setBeginPosition(t.beginPosition() + start);
          t.setEndPosition(t.endPosition() + start);
        }
        out.addAll(splitter.process(tokens));
      });
      return out;
    };
  }

  private interface ParagraphConsumer {
    void accept(int start, String paragraph);
  }

  private static void forEachParagraph(String text, ParagraphConsumer consumer) {
    Matcher m = PARAGRAPHS.matcher(text);
    int start = 0;
    while (m.find()) {
      if (m.start() > start) {
        consumer.accept(start, text.substring(start, m.start()));
      }
      start = m.end();
    }
    if (start < text.length()) {
      consumer.accept(start, text.substring(start));
    }
  }

  private static CoreLabel token(String word, int begin, int end) {
    CoreLabel t = new CoreLabel();
    t.setWord(word);
    t.setValue(word);
    t.set(CoreAnnotations.OriginalTextAnnotation.class, word);
    t.setBeginPosition(begin);
    t.setEndPosition(end);
    return t;
  }
}
