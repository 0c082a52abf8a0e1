package dev.newsstream.streams.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Real dev-set pages (../shared/eval/extraction-dev, skipped when missing) that showed one of issue 14's body-text
 * fault kinds: each must now yield every must_contain snippet and no must_not_contain snippet.
 */
class DevPageFaultKindsTest {

  private static void assertPasses(String id) {
    SharedEvalCases.Case c = SharedEvalCases.get(id);
    String body = SharedEvalCases.body(c);
    assertThat(body).as("%s was rejected", id).isNotNull();
    String text = SharedEvalCases.normalize(body);
    for (String s : c.mustContain()) {
      assertThat(text).as("%s must contain", id).contains(SharedEvalCases.normalize(s));
    }
    for (String s : c.mustNotContain()) {
      assertThat(text).as("%s must not contain", id).doesNotContain(SharedEvalCases.normalize(s));
    }
  }

  /** The article's own wrapper is named like boilerplate ("widget Blog", Elementor widgets, "-rail", "ad-con"). */
  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"Journalistenwatch.com-Ladensterben.html", "citylimits.org-Nycha.html",
      "emacspeak.blogspot.com.meta.html", "dalloz-actualite.fr.raoult.html", "zdh.de-foerderungsstopp.html",
      "unzensuriert.at-Zeche.html"})
  void articleWrapperNamedLikeBoilerplateIsKept(String id) {
    assertPasses(id);
  }

  /** Wrong container: the signatory roll under a letter won over the letter. */
  @org.junit.jupiter.api.Test
  void letterRatherThanItsSignatories() {
    assertPasses("harpers.org.justice.html");
  }

  /** A lead/teaser paragraph set above the body, in the article's header or a lead-named element. */
  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"deutschlandfunk.de.titanic.html", "autosprint.ch-pistenstopp.html", "bfn.de-verden.html",
      "ambito.com-paritarias.html", "fdpbt.de-epidemischenLage.html"})
  void leadAboveTheBody(String id) {
    assertPasses(id);
  }

  /** A script-rendered page: the HTML has no paragraphs, the post is an HTML string in a page-data object. */
  @org.junit.jupiter.api.Test
  void textOnlyInScriptPageData() {
    SharedEvalCases.Case c = SharedEvalCases.get("pixable.com1");
    String body = SharedEvalCases.body(c);
    assertThat(body).as("rejected").isNotNull();
    assertThat(body).contains("Bad news for ladies, gentlemen", "Right now, the happy couple is in Hawaii.");
  }
}
