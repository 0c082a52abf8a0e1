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

  /** A lead in a wrapper named as the article ("div.article", "contenedor-articulo", "pdb-article"), or a dek. */
  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"ahlen.de.reparaturcafe.html", "schimmverband.at-weltmeisterschaft.html",
      "d51e75d9e53a472bb7708191899aa6b4.html", "cooperativa.cl-presidente.html"})
  void leadInAWrapperNamedAsTheArticle(String id) {
    assertPasses(id);
  }

  /** The page header's lead is kept when the JSON-LD articleBody, which fills or prunes the body, lacks it. */
  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"topagrar.com.schnee.solat.html", "wochenblatt.com-Heinen-Essen.html"})
  void leadKeptBesideTheJsonLdBody(String id) {
    assertPasses(id);
  }

  /** Notes in italics or bold after the text (follow us, the author's bio, the magazine's ad) are left out. */
  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"panamaamerica.com.pa-apropiarse.html", "l-mag.de-Holocaust-Gedenken.html",
      "derpapierplanet.de.juni.html"})
  void trailingNotesLeftOut(String id) {
    assertPasses(id);
  }

  /** An undeclared windows-1252 German page was decoded as windows-1251 ("sдmtliche", "ьber"). */
  @org.junit.jupiter.api.Test
  void undeclaredGermanPageIsNotCyrillic() {
    String body = SharedEvalCases.body(SharedEvalCases.get("nmb-media.de.ebay.html"));
    assertThat(body).contains("Aus datenschutzrechtlichen Gründen wird", "sämtliche").doesNotContain("ьber");
  }

  /** Infinite scroll: the next stories follow in sibling wrappers; the first, shorter one is the page's story. */
  @org.junit.jupiter.api.Test
  void firstOfRepeatedArticles() {
    assertPasses("hoy.com-daran.html");
  }

  /** A figure's label line under an image ("Titelbild: …", "Beitragsbild", "Abbildung 4: …") is not text. */
  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"fluter.de.vorbild.html", "spektrum.de.engelbart.html",
      "baechli-bergsport.ch-lawinen.html", "gipfelbuch.ch-hochaufloesung.html"})
  void figureLabelLinesLeftOut(String id) {
    assertPasses(id);
  }

  /** The publisher's appeal after the text in ordinary type (get the app, the newsletter, support us, a disclaimer). */
  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"nationnews.com-tridents.html", "theatlantic.com.disasters.html",
      "verfassungsblog.de.expertinnen.html", "meedia.de.freenet.html", "nowgrenada.com-pm.html"})
  void readerAppealAfterTheTextLeftOut(String id) {
    assertPasses(id);
  }

  /**
   * Labels of navigation, comments and rating in other languages ("Veja Também:", "Bewerten:", "Vorschau auf…"),
   * a label announcing nothing at the end ("Kontakt:"), an advertising disclosure ("*Werbung. Dieser Beitrag…").
   */
  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"gazetadopovo.com.br-pacheco.html", "sprechblase.wordpress.com.zapfsaeulen.html",
      "frau-sabienes.de.konsumsparen.html", "baumev.de.Transformationslabor.html", "petri-heil-ch-hechte.html",
      "heavenlynnhealthy.de.areenburk.html"})
  void navigationLabelsLeftOut(String id) {
    assertPasses(id);
  }
}
