package dev.newsstream.streams.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.StringLength;
import org.jsoup.nodes.CDataNode;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.junit.jupiter.api.Test;

/** {@link NodeText#text} gives jsoup's own {@link TextNode#text()} on any mix of whitespace and invisible characters. */
class NodeTextTest {
  @Property(tries = 2000)
  void textIsJsoupsText(@ForAll @StringLength(max = 40) @CharRange(from = ' ', to = '~')
      @Chars({' ', ' ', '\t', '\n', '\f', '\r', '\u000B', '\u00a0', '\u00ad', '\u200b', '\u2009', '\u3000', 'é', '’',
          '\ud835', '\udc00', '\u0000'}) String text) {
    TextNode node = new TextNode(text);
    assertThat(NodeText.text(node)).isEqualTo(node.text());
  }

  @Test
  void textThatNeedsNoChangeIsReturnedAsItIs() {
    TextNode node = new TextNode(" One line, single spaces. ");
    assertThat(NodeText.text(node)).isSameAs(node.getWholeText());
    assertThat(NodeText.text(new TextNode("two  spaces\nand\u00a0more"))).isEqualTo("two spaces and more");
  }

  @Test
  void cdataKeepsItsOwnText() {
    CDataNode node = new CDataNode("a  b\n c");
    assertThat(NodeText.text(node)).isEqualTo(node.text());
  }

  private static final String WORDS = "by|von|par|por|di|door|автор:?|ſt|il";
  private static final Pattern OPENS = Pattern.compile("(?iu)^\\s*(?:" + WORDS + ")");
  private static final String LETTERS = NodeText.foldedFirstLetters(WORDS);

  /** The shortcut never says no where a pattern anchored at the start of the own text would match. */
  @Property(tries = 2000)
  void ownTextMayStartWithHoldsWheneverTheAnchoredPatternMatches(@ForAll("elements") Element e) {
    if (OPENS.matcher(e.ownText()).find()) {
      assertThat(NodeText.ownTextMayStartWith(e, LETTERS)).as(e.outerHtml()).isTrue();
    }
  }

  @Test
  void ownTextStartingWithAnotherLetterIsRuledOut() {
    Element byline = new Element("p").appendChild(new TextNode(" \u00ad\n ")).appendChild(new Element("br"))
        .appendChild(new TextNode("BY Jane Doe"));
    assertThat(NodeText.ownTextMayStartWith(byline, LETTERS)).isTrue();
    Element prose = new Element("p").appendChild(new Element("b").text("By")).appendChild(new TextNode(" Jane"));
    assertThat(NodeText.ownTextMayStartWith(prose, LETTERS)).isFalse();
    assertThat(NodeText.ownTextMayStartWith(new Element("p").text("Автор: Иван"), LETTERS)).isTrue();
    assertThat(NodeText.ownTextMayStartWith(new Element("p").text(" \t"), LETTERS)).isFalse();
    assertThat(NodeText.foldedFirstLetters("by|(?:von)")).isNull(); // no plain first letter: no shortcut
    assertThat(NodeText.ownTextMayStartWith(new Element("p").text("x"), null)).isTrue();
  }

  @Provide
  Arbitrary<Element> elements() {
    Arbitrary<String> piece = Arbitraries.of("by", "BY", "bY", "Von", "von", "PAR", "Door", "автор", "Автор:", "АВТОР",
        "ſt", "ST", "İl", "ıl", "IL", "J", "x", "В", "\ud835\udc01", "\ud835", " ", "  ", "\t", "\n", "\u00a0",
        "\u2003", "\u00ad", "\u200b", "\u0000", "\u001f", "\u000B");
    Arbitrary<String> text = piece.list().ofMaxSize(5).map(l -> String.join("", l));
    Arbitrary<Object> child = Arbitraries.oneOf(text.map(t -> (Object) t), Arbitraries.of("<br>", "<span>", "<!>"));
    return Arbitraries.of("p", "pre", "div").flatMap(tag -> child.list().ofMaxSize(4).map(kids -> {
      Element e = new Element(tag);
      for (Object k : kids) {
        switch ((String) k) {
          case "<br>" -> e.appendChild(new Element("br"));
          case "<span>" -> e.appendChild(new Element("span").text("by Jane"));
          case "<!>" -> e.appendChild(new CDataNode(" by"));
          default -> e.appendChild(new TextNode((String) k));
        }
      }
      return e;
    }));
  }
}
