package dev.newsstream.streams.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/**
 * Review 11 items 2, 8 and 11: article text lost beside the chosen block. Each kind with a look-alike that must stay
 * out, and the dev page that showed it (../shared/eval/extraction-dev, skipped when missing).
 */
class ReviewElevenBodyKindsTest {
  private static final String LEAD = "Cela fait partie du discours ambiant, les salariés travailleraient trop peu, "
      + "notamment à cause de la durée légale, ce qui expliquerait la faiblesse de leur pouvoir d'achat.";
  private static final String SECOND = "Première manière d'aborder la question, le nombre d'heures travaillées "
      + "chaque année, qui est plus bas que chez les voisins, selon les chiffres de l'office statistique.";

  private static String rest(int n) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < n; i++) {
      b.append("<p>Toutefois, une partie des salariés travaille à temps partiel, soit en moyenne vingt heures par "
          + "semaine, et la durée moyenne du travail en est diminuée d'autant, paragraphe ").append(i)
          .append(".</p>");
    }
    return b.toString();
  }

  /** The dev page yields every must_contain snippet and no must_not_contain snippet. */
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

  private static List<String> extract(String bodyHtml) {
    return HtmlBodyExtractor.extract(Jsoup.parse("<html><head><title>Travail</title></head><body>" + bodyHtml
        + "</body></html>"), "Travail", null);
  }

  private static String adCell() {
    return "<td width='136'><b>Politiques publiques</b><br><a href='/s'><img src='c.gif'></a><b>Hors-série "
        + "n° 72, 2e trimestre 2007</b><br>7,65 euros, port inclus<br>6,90 euros</td>";
  }

  @Test
  void articleSplitOverTableRowsKeepsTheLeadCellButNotTheAdCellBesideIt() {
    String page = "<table><tr>" + adCell() + "<td><b>Travail</b><br>" + LEAD + "<br><br>" + SECOND + "</td></tr>"
        + "<tr><td colspan='2'><div>" + rest(6) + "</div></td></tr></table>";
    List<String> out = extract(page);
    assertThat(String.join("\n", out)).contains(LEAD, SECOND, "paragraphe 5");
    assertThat(String.join("\n", out)).doesNotContain("Hors-série", "6,90 euros");
  }

  @Test
  void lookAlikeARowOfTeaserLinksOrAShortCaptionBesideTheTextStaysOut() {
    String teasers = "<tr><td><a href='/a'>Les retraites en débat: ce que change la réforme annoncée hier soir</a>"
        + "<br><a href='/b'>Le chômage des jeunes recule légèrement selon les derniers chiffres publiés</a><br>"
        + "<a href='/c'>Pouvoir d'achat: les prix de l'énergie pèsent sur les ménages modestes</a></td></tr>";
    String caption = "<tr><td>Photo prise à Paris, le 3 mars, lors de la manifestation.</td></tr>";
    String page = "<table>" + teasers + caption + "<tr><td><div>" + rest(6) + "</div></td></tr>" + caption
        + "</table>";
    String text = String.join("\n", extract(page));
    assertThat(text).contains("paragraphe 5").doesNotContain("Les retraites en débat", "Photo prise");
  }

  @Test
  void rowOfFindsTheWinnersLayoutRowButNotAnOuterTablesRow() {
    var doc = Jsoup.parse("<table><tr id='r'><td><div id='d'><p>x</p></div></td></tr></table>"
        + "<table><tr id='outer'><td><table><tr><td id='inner'>y</td></tr></table><div id='w'>z</div></td></tr>"
        + "</table>");
    assertThat(TableRowCells.rowOf(doc.getElementById("d"))).isSameAs(doc.getElementById("r"));
    assertThat(TableRowCells.rowOf(doc.getElementById("w"))).isSameAs(doc.getElementById("outer"));
    assertThat(TableRowCells.rowOf(doc.body())).isNull();
  }

  /**
   * The lead cell beside the magazine's cover cell joins; the cover cell's lines stay out. (The box "Le marché du
   * travail est-il trop rigide ?" nested in the winning cell is another kind: a box inside the container.)
   */
  @Test
  void devPageArticleSplitOverTableRows() {
    SharedEvalCases.Case c = SharedEvalCases.get("archive.org-travaillent.html");
    String body = SharedEvalCases.body(c);
    assertThat(body).as("rejected").isNotNull();
    String text = SharedEvalCases.normalize(body);
    for (String s : c.mustContain()) {
      assertThat(text).contains(SharedEvalCases.normalize(s));
    }
    assertThat(text).startsWith(SharedEvalCases.normalize("Pour augmenter la durée du travail"))
        .doesNotContain(SharedEvalCases.normalize("Hors-série n° 72"),
            SharedEvalCases.normalize("L’état de l’économie"));
  }

  private static final String DEK = "Der Bevollmächtigte des Rates bei der Bundesregierung hält am Donnerstag eine "
      + "Andacht zur Friedensdekade in der Gedächtniskirche.";

  private static String article(String header) {
    return "<article class='article'><header class='article--header'>" + header + "</header>"
        + "<section class='article--section'>" + rest(5) + "</section></article>";
  }

  @Test
  void dekNamedSubHeadlineInTheArticleHeaderIsKept() {
    String page = article("<h1 class='article--headline'>Travail</h1><h2 class='article--sub-headline'>" + DEK
        + "</h2>");
    assertThat(extract(page)).contains(DEK);
  }

  @Test
  void lookAlikeALinkedHeadlineInAHeaderOrAHeadlineOutsideAnArticleIsStillRemoved() {
    var doc = Jsoup.parse("<main><article><header><h2 class='teaser--headline' id='a'><a href='/x'>Other story "
        + "with a long linked title here</a></h2><h2 class='sub-headline' id='b'>" + DEK + "</h2></header></article>"
        + "</main><div><header><h3 class='teaser-headline' id='c'>" + DEK + "</h3></header></div>");
    assertThat(HeadHeadings.isInArticleHeader(doc.getElementById("a"))).isFalse();
    assertThat(HeadHeadings.isInArticleHeader(doc.getElementById("b"))).isTrue();
    assertThat(HeadHeadings.isInArticleHeader(doc.getElementById("c"))).isFalse();
  }

  @Test
  void devPageDekNamedSubHeadline() {
    assertPasses("ekd.de-Friedensdekade.html");
  }

  private static String reviewPage(String before) {
    return "<main><section class='chapter'>" + before + "<div class='col'><section class='dl-article'>"
        + "<p class='label'>Our editors say:</p><div class='dl-article__text'>" + rest(3) + "</div></section></div>"
        + "</section></main>";
  }

  private static final String PROS_CONS = "<section class='col'><div class='fb'><article><h3>Pros</h3><dl>"
      + "<dd><span>creates encrypted virtual drives</span></dd><dd><span>supports dynamic containers</span></dd>"
      + "<dd><span>has a built-in anti-keylogger</span></dd></dl></article><article><h3>Cons</h3><dl><dd><span>"
      + "expensive compared with what free programs do</span></dd></dl><a href='#alt'>Alternatives</a></article>"
      + "</div></section>";

  @Test
  void prosAndConsListsBeforeTheArticleWrapperJoin() {
    List<String> out = extract(reviewPage(PROS_CONS));
    assertThat(out).contains("creates encrypted virtual drives", "has a built-in anti-keylogger",
        "expensive compared with what free programs do");
    // the lists come first, in document order, then the text
    assertThat(out.indexOf("creates encrypted virtual drives")).isLessThan(out.size() - 3);
    assertThat(String.join("\n", out)).contains("paragraphe 2");
  }

  @Test
  void lookAlikeALinkedMenuOrAListOfShortValuesBeforeTheWrapperStaysOut() {
    String menu = "<section class='col'><ul><li><a href='/a'>Security software downloads</a></li><li><a "
        + "href='/b'>Encryption tools for Windows</a></li><li><a href='/c'>Backup programs and utilities</a></li>"
        + "</ul></section>";
    String values = "<section class='col'><ul><li>Windows 10</li><li>Windows 8</li><li>Windows 7</li>"
        + "<li>Win XP</li></ul></section>";
    assertThat(String.join("\n", extract(reviewPage(menu)))).doesNotContain("Security software", "Encryption");
    assertThat(String.join("\n", extract(reviewPage(values)))).doesNotContain("Windows 8");
  }

  @Test
  void devPageProsAndConsLists() {
    SharedEvalCases.Case c = SharedEvalCases.get("chip.de.bestcrypt.html");
    String body = SharedEvalCases.body(c);
    assertThat(body).as("rejected").isNotNull();
    String text = SharedEvalCases.normalize(body);
    assertThat(text).contains(SharedEvalCases.normalize("kann verschlüsselte, virtuelle Laufwerke anlegen"));
    for (String s : c.mustNotContain()) {
      assertThat(text).doesNotContain(SharedEvalCases.normalize(s));
    }
  }
}
