package dev.newsstream.streams.parse;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.StringLength;
import org.jsoup.nodes.CDataNode;
import org.jsoup.nodes.TextNode;
import org.junit.jupiter.api.Test;

/** {@link NodeText#text} gives jsoup's own {@link TextNode#text()} on any mix of whitespace and invisible characters. */
class NodeTextTest {
  @Property(tries = 3000)
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
}
