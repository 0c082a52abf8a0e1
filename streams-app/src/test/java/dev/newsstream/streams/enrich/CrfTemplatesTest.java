package dev.newsstream.streams.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.process.WordShapeClassifier;
import edu.stanford.nlp.sequences.ObjectBankWrapper;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Each template setting the CoNLL 4-class model does not share with the 3-class ones (n-grams of every length,
 * IS_TITLE, disjunction width 4, its word shape), checked against the feature names CoreNLP's own NERFeatureFactory
 * makes for the same tokens, and the indexer's feature indices against CoreNLP's on sentences made to exercise it.
 */
class CrfTemplatesTest {
  private static CRFClassifier<CoreLabel> conll;
  private static CrfTemplates conllTemplates;
  private static CrfTemplates casedTemplates;

  @BeforeAll
  static void load() {
    conll = NerModel.load(NerModel.MISC_RESOURCE);
    conllTemplates = CrfTemplates.of(conll);
    casedTemplates = CrfTemplates.of(NerModel.shared());
  }

  /** The tokens of {@code text} as classifySentence preprocesses them (shapes, word function...). */
  private static List<CoreLabel> preprocessed(CRFClassifier<CoreLabel> crf, String text) {
    List<CoreLabel> doc = new ArrayList<>();
    for (List<CoreLabel> sentence : CachedFeatureCrfTest.sentences(text)) {
      for (CoreLabel t : sentence) {
        CoreLabel copy = new CoreLabel(t);
        copy.set(CoreAnnotations.AnswerAnnotation.class, crf.flags.backgroundSymbol);
        doc.add(copy);
      }
    }
    new ObjectBankWrapper<CoreLabel>(crf.flags, null, crf.getKnownLCWords()).processDocument(doc);
    return doc;
  }

  /** CoreNLP's feature names of the node clique (featuresC) of each token of {@code text}. */
  private static List<Collection<String>> coreNlpNodeFeatures(CRFClassifier<CoreLabel> crf, String text) {
    List<CoreLabel> doc = preprocessed(crf, text);
    List<Collection<String>> out = new ArrayList<>();
    for (int loc = 0; loc < doc.size(); loc++) {
      out.add(crf.makeDatum(doc, loc, crf.featureFactories).asFeatures().get(0));
    }
    return out;
  }

  private static String word(CRFClassifier<CoreLabel> crf, CoreLabel token) {
    return crf.flags.wordFunction.apply(token.get(CoreAnnotations.TextAnnotation.class));
  }

  private static Set<String> withSuffix(Collection<String> names, String end) {
    return names.stream().filter(n -> n.endsWith(end)).collect(Collectors.toSet());
  }

  @Test
  void theFourClassModelsNGramsHaveEveryLengthAndTheThreeClassModelsAtMostSix() {
    String text = "Estonian internationalization of Schleswig-Holstein a I";
    for (CRFClassifier<CoreLabel> crf : List.of(conll, NerModel.shared())) {
      CrfTemplates templates = crf == conll ? conllTemplates : casedTemplates;
      List<CoreLabel> tokens = preprocessed(crf, text);
      List<Collection<String>> coreNlp = coreNlpNodeFeatures(crf, text);
      for (int i = 0; i < tokens.size(); i++) {
        Set<String> ours = templates.nGrams(word(crf, tokens.get(i))).stream().map(g -> g + "|C")
            .collect(Collectors.toSet());
        Set<String> theirs = coreNlp.get(i).stream().filter(n -> n.startsWith("#") && n.endsWith("#|C") && !n.equals("###|C"))
            .collect(Collectors.toSet());
        assertThat(ours).as("n-grams of %s", tokens.get(i).word()).isEqualTo(theirs);
      }
    }
    // "<internationalization>" is 22 characters: the whole word is an n-gram of the 4-class model only.
    assertThat(conllTemplates.nGrams("internationalization")).contains("#<internationalization>#");
    assertThat(casedTemplates.nGrams("internationalization")).allMatch(g -> g.length() <= 8);
  }

  @Test
  void isTitleWhereCoreNlpAddsItAndOnlyInTheFourClassModel() {
    String text = "Mr. Smith met Dr Jones , Mrs Brown , Prof. Klein , Judge Dredd and Sir Elton in Mrsville .";
    List<CoreLabel> tokens = preprocessed(conll, text);
    List<Collection<String>> coreNlp = coreNlpNodeFeatures(conll, text);
    int titles = 0;
    for (int i = 0; i < tokens.size(); i++) {
      boolean ours = conllTemplates.isTitle(word(conll, tokens.get(i)));
      assertThat(ours).as("IS_TITLE of %s", tokens.get(i).word()).isEqualTo(coreNlp.get(i).contains("IS_TITLE|C"));
      titles += ours ? 1 : 0;
    }
    assertThat(titles).as("Mr. Dr Mrs Judge Sir; not Prof. nor Mrsville").isEqualTo(5);
    assertThat(casedTemplates.isTitle("Mr.")).isFalse();
    assertThat(coreNlpNodeFeatures(NerModel.shared(), text)).noneMatch(f -> f.contains("IS_TITLE|C"));
    int[][][] expected = CachedFeatureCrfTest.coreNlpData(conll, CachedFeatureCrfTest.sentences(text).get(0));
    assertThat(CachedFeatureCrf.unshared(conll).featureData(CachedFeatureCrfTest.sentences(text).get(0)))
        .isDeepEqualTo(expected);
  }

  @Test
  void theDisjunctionsReachFourWordsEachSideInTheFourClassModelAndFiveInTheThreeClass() {
    String text = "one two three four five six seven eight nine ten eleven";
    int loc = 5; // "six": "one" is 5 to the left, "eleven" 5 to the right
    Set<String> conllDisj = withSuffix(coreNlpNodeFeatures(conll, text).get(loc), "-DISJN|C");
    conllDisj.addAll(withSuffix(coreNlpNodeFeatures(conll, text).get(loc), "-DISJP|C"));
    assertThat(conllDisj).containsExactlyInAnyOrder("seven-DISJN|C", "eight-DISJN|C", "nine-DISJN|C",
        "ten-DISJN|C", "five-DISJP|C", "four-DISJP|C", "three-DISJP|C", "two-DISJP|C");
    assertThat(conllTemplates.disjunctionWidth).isEqualTo(4);
    assertThat(withSuffix(coreNlpNodeFeatures(NerModel.shared(), text).get(loc), "-DISJN|C"))
        .contains("eleven-DISJN|C");
    assertThat(casedTemplates.disjunctionWidth).isEqualTo(5);
    List<CoreLabel> sentence = CachedFeatureCrfTest.sentences(text).get(0);
    assertThat(CachedFeatureCrf.unshared(conll).featureData(sentence))
        .isDeepEqualTo(CachedFeatureCrfTest.coreNlpData(conll, sentence));
  }

  @Test
  void theFourClassModelsOwnWordShapeIsTheOneInItsFeatures() {
    String text = "The UN's 2nd-largest donor, McDonald's, paid $4.5bn to ABC-TV in 1999 (AP).";
    List<CoreLabel> sentence = CachedFeatureCrfTest.sentences(text).get(0);
    assertThat(conll.flags.wordShape).isEqualTo(WordShapeClassifier.WORDSHAPEDAN2USELC);
    assertThat(NerModel.shared().flags.wordShape).isEqualTo(WordShapeClassifier.WORDSHAPECHRIS2USELC);
    Set<String> conllShapes = new HashSet<>();
    Set<String> casedShapes = new HashSet<>();
    coreNlpNodeFeatures(conll, text).forEach(f -> conllShapes.addAll(withSuffix(f, "-TYPE|C")));
    coreNlpNodeFeatures(NerModel.shared(), text).forEach(f -> casedShapes.addAll(withSuffix(f, "-TYPE|C")));
    assertThat(conllShapes).as("the two shape functions differ on this text").isNotEqualTo(casedShapes);
    assertThat(CachedFeatureCrf.unshared(conll).featureData(sentence))
        .isDeepEqualTo(CachedFeatureCrfTest.coreNlpData(conll, sentence));
  }

  @Test
  void aTokenWithMoreNGramsThanTheFeatureSetsFirstTableIsLeftToCoreNlpWithTheSameOutput() {
    String text = "See https://example.org/news/2026/12/06/a-very-long-path-of-a-story-about-estonia for Tallinn .";
    List<CoreLabel> sentence = CachedFeatureCrfTest.sentences(text).get(0);
    CachedFeatureCrf fast = CachedFeatureCrf.unshared(conll);
    assertThat(fast.featureData(sentence)).isNull();
    List<CoreLabel> plain = conll.classifySentence(sentence);
    List<CoreLabel> cached = fast.classifySentence(sentence);
    for (int j = 0; j < plain.size(); j++) {
      assertThat(cached.get(j).get(CoreAnnotations.AnswerAnnotation.class))
          .isEqualTo(plain.get(j).get(CoreAnnotations.AnswerAnnotation.class));
      assertThat(cached.get(j).get(CoreAnnotations.AnswerProbAnnotation.class))
          .isEqualTo(plain.get(j).get(CoreAnnotations.AnswerProbAnnotation.class));
    }
    // A short sentence with a long but ordinary word is still indexed here.
    assertThat(fast.featureData(CachedFeatureCrfTest.sentences("Internationalization helps Estonia .").get(0)))
        .isNotNull();
  }

  @Test
  void aFlagNoTemplateImplementsMakesTheModelUnsupported() {
    boolean title2 = conll.flags.useTitle2;
    int shape = conll.flags.wordShape;
    try {
      conll.flags.useTitle2 = true;
      conll.flags.wordShape = WordShapeClassifier.WORDSHAPECHRIS4;
      assertThat(CrfFeatureIndexer.unsupportedFlags(conll)).containsExactlyInAnyOrder("useTitle2", "wordShape");
      assertThat(CrfTemplates.of(conll)).isNull();
    } finally {
      conll.flags.useTitle2 = title2;
      conll.flags.wordShape = shape;
    }
    assertThat(CrfFeatureIndexer.unsupportedFlags(conll)).isEmpty();
  }
}
