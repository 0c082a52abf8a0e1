package dev.newsstream.streams.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class BoilerplateHintsTest {
  private static Element div(String classes) {
    return Jsoup.parseBodyFragment("<div class=\"" + classes + "\"></div>").body().child(0);
  }

  @Test
  void componentNamesAreBoilerplateWhateverTheirSpelling() {
    assertThat(BoilerplateHints.weight(div("share-bar"))).isNegative();
    assertThat(BoilerplateHints.weight(div("relatedPosts"))).isNegative();
    assertThat(BoilerplateHints.weight(div("post-tags"))).isNegative();
    assertThat(BoilerplateHints.weight(div("right-rail"))).isNegative();
    assertThat(BoilerplateHints.weight(div("leaderboard"))).as("no substring matches").isZero();
  }

  @Test
  void layoutModifiersDoNotNameTheElement() {
    // Polygon: the chunk holding the article "has a rail"; it is not one.
    assertThat(BoilerplateHints.weight(div("l-chunk has-rail"))).isZero();
    assertThat(BoilerplateHints.weight(div("main with-sidebar no-ads"))).isZero();
  }

  @Test
  void wordPressTaxonomyLabelsOnThePostWrapperAreNotATagList() {
    // post_class() on newsfeed.time.com and deadline.com: the article wrapper itself.
    Element post = div("post-91292 post type-post status-publish format-standard hentry category-nation-2 "
        + "tag-crack tag-damage tag-earthquake");
    assertThat(BoilerplateHints.negative(BoilerplateHints.words(post))).isFalse();
    assertThat(BoilerplateHints.weight(post)).isPositive();
    // Without the WordPress signature a "tag-" name is still a component name.
    assertThat(BoilerplateHints.weight(div("tag-list"))).isNegative();
  }
}
