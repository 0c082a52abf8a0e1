package dev.newsstream.streams.enrich;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.process.CoreLabelTokenFactory;
import edu.stanford.nlp.process.PTBTokenizer;
import edu.stanford.nlp.process.WordToSentenceProcessor;
import edu.stanford.nlp.sequences.ObjectBankWrapper;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class CachedFeatureCrfTest {
  private static final int MIN_TOKENS = 20_000;

  /** ../shared/eval, looked up from the module directory upwards; null when this machine does not have it. */
  static Path sharedEval() {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path eval = dir.resolveSibling("shared").resolve("eval");
      if (Files.isDirectory(eval)) {
        return eval;
      }
    }
    return null;
  }

  /** Real news text: the GUM Wikinews documents, then the hand-checked main text of the dev news pages. */
  static List<String> realNews(int minWords) throws IOException {
    Path eval = sharedEval();
    assumeTrue(eval != null && Files.isDirectory(eval.resolve("ner/gum-news")),
        "../shared/eval/ner/gum-news not found: skipping the comparison on real news");
    List<String> texts = new ArrayList<>();
    int words = 0;
    try (Stream<Path> files = Files.list(eval.resolve("ner/gum-news"))) {
      for (Path f : files.filter(p -> p.toString().endsWith(".conllu")).sorted().toList()) {
        // The documents' own text: CoNLL-U keeps each sentence's text in a "# text = " comment.
        StringBuilder doc = new StringBuilder();
        for (String line : Files.readAllLines(f)) {
          if (line.startsWith("# text = ")) {
            doc.append(line.substring("# text = ".length())).append("\n\n");
            words += line.split("\\s+").length - 3;
          }
        }
        texts.add(doc.toString());
      }
    }
    Path cases = eval.resolve("extraction-dev/cases.jsonl");
    if (Files.isRegularFile(cases)) {
      ObjectMapper json = new ObjectMapper();
      for (String line : Files.readAllLines(cases)) {
        if (words >= minWords) {
          break;
        }
        JsonNode c = json.readTree(line);
        String text = c.path("expected_text").asText("");
        if (!text.isBlank() && c.path("kind").asText().equals("news")) {
          texts.add(text);
          words += text.split("\\s+").length;
        }
      }
    }
    return texts;
  }

  static List<List<CoreLabel>> sentences(String text) {
    List<CoreLabel> tokens = PTBTokenizer.factory(new CoreLabelTokenFactory(), "untokenizable=noneKeep,tokenizeNLs=true")
        .getTokenizer(new StringReader(text)).tokenize();
    return new WordToSentenceProcessor<CoreLabel>(WordToSentenceProcessor.NewlineIsSentenceBreak.TWO_CONSECUTIVE)
        .process(tokens);
  }

  /** What CoreNLP's classifySentence computes its features on: copies of the tokens, preprocessed. */
  static int[][][] coreNlpData(CRFClassifier<CoreLabel> crf, List<CoreLabel> sentence) {
    List<CoreLabel> doc = new ArrayList<>();
    for (CoreLabel t : sentence) {
      CoreLabel copy = new CoreLabel(t);
      copy.set(CoreAnnotations.AnswerAnnotation.class, crf.flags.backgroundSymbol);
      doc.add(copy);
    }
    new ObjectBankWrapper<CoreLabel>(crf.flags, null, crf.getKnownLCWords()).processDocument(doc);
    return crf.documentToDataAndLabels(doc).first();
  }

  @Test
  void theShippedModelIsOneTheIndexerReproduces() {
    assertThat(CrfFeatureIndexer.unsupportedFlags(NerModel.shared())).isEmpty();
    assertThat(CachedFeatureCrf.of(NerModel.shared())).isNotNull().isSameAs(CachedFeatureCrf.of(NerModel.shared()));
  }

  @Test
  void onOver20000TokensOfRealNewsTheFeatureIndicesLabelsAndConfidencesAreCoreNlpsExactly() throws IOException {
    sameAsCoreNlp(NerModel.shared());
  }

  @Test
  void theCaselessModelOfTheEnsembleToo() throws IOException {
    CRFClassifier<CoreLabel> caseless = NerModel.load(NerModel.CASELESS_RESOURCE);
    assertThat(CrfFeatureIndexer.unsupportedFlags(caseless)).isEmpty();
    sameAsCoreNlp(caseless);
  }

  @Test
  void theFourClassModelOfTheEnsembleToo() throws IOException {
    // Differs from the 3-class models in disjunction width, n-gram length, IS_TITLE and word shape.
    CRFClassifier<CoreLabel> conll = NerModel.load(NerModel.MISC_RESOURCE);
    assertThat(conll.flags.useTitle).isTrue();
    assertThat(conll.flags.maxNGramLeng).isNegative();
    assertThat(conll.flags.disjunctionWidth).isEqualTo(4);
    assertThat(CrfFeatureIndexer.unsupportedFlags(conll)).isEmpty();
    sameAsCoreNlp(conll);
  }

  private static void sameAsCoreNlp(CRFClassifier<CoreLabel> crf) throws IOException {
    CachedFeatureCrf fast = CachedFeatureCrf.unshared(crf);
    int tokens = 0;
    int deferred = 0;
    int entityTokens = 0;
    for (String text : realNews(MIN_TOKENS + 2_000)) {
      // One document's word types, as NerTagger passes them from sentence to sentence (session 10).
      java.util.Map<String, CrfWordType> seen = new java.util.HashMap<>();
      for (List<CoreLabel> sentence : sentences(text)) {
        if (sentence.isEmpty()) {
          continue;
        }
        tokens += sentence.size();
        int[][][] expected = coreNlpData(crf, sentence);
        int[][][] actual = fast.featureData(sentence, seen);
        if (actual == null) {
          deferred++;
        } else {
          for (int j = 0; j < expected.length; j++) {
            for (int k = 0; k < expected[j].length; k++) {
              assertThat(actual[j][k]).as("token %d '%s' clique %d of: %s", j, sentence.get(j).word(), k, sentence)
                  .containsExactly(expected[j][k]);
            }
          }
        }
        List<CoreLabel> plain = crf.classifySentence(sentence);
        List<CoreLabel> cached = fast.classifySentence(sentence);
        // What NerTagger reads: the answers as arrays, the document's word types passed along.
        CachedFeatureCrf.Labels labels = fast.labels(sentence, seen);
        assertThat(cached).hasSameSizeAs(plain);
        for (int j = 0; j < plain.size(); j++) {
          String label = plain.get(j).get(CoreAnnotations.AnswerAnnotation.class);
          assertThat(cached.get(j).get(CoreAnnotations.AnswerAnnotation.class)).as("label of %s", plain.get(j).word())
              .isEqualTo(label);
          // Bit for bit: the same weights summed in the same order.
          assertThat(Double.doubleToRawLongBits(cached.get(j).get(CoreAnnotations.AnswerProbAnnotation.class)))
              .as("confidence of %s", plain.get(j).word())
              .isEqualTo(Double.doubleToRawLongBits(plain.get(j).get(CoreAnnotations.AnswerProbAnnotation.class)));
          assertThat(cached.get(j).beginPosition()).isEqualTo(plain.get(j).beginPosition());
          if (labels != null) {
            assertThat(labels.answers()[j]).isEqualTo(label);
            assertThat(Double.doubleToRawLongBits(labels.probs()[j])).isEqualTo(
                Double.doubleToRawLongBits(plain.get(j).get(CoreAnnotations.AnswerProbAnnotation.class)));
          }
          if (!label.equals(crf.flags.backgroundSymbol)) {
            entityTokens++;
          }
        }
      }
    }
    System.out.printf("compared %d tokens (%d entity tokens); %d sentences deferred to CoreNLP%n", tokens,
        entityTokens, deferred);
    assertThat(tokens).isGreaterThanOrEqualTo(MIN_TOKENS);
    assertThat(entityTokens).isGreaterThan(1_000);
    assertThat(deferred).as("sentences the indexer left to CoreNLP").isLessThan(5);
  }
}
