package dev.newsstream.cli;

import dev.newsstream.schema.Article;
import dev.newsstream.schema.DuplicateNotice;
import dev.newsstream.schema.Entity;
import dev.newsstream.schema.RejectedPage;
import java.io.PrintStream;
import java.util.List;
import java.util.stream.Collectors;

/** Human-readable rendering of output events for the demo and the terminal. */
public final class ArticlePrinter {
  private final PrintStream out;
  private final boolean fullBody;

  public ArticlePrinter(PrintStream out, boolean fullBody) {
    this.out = out;
    this.fullBody = fullBody;
  }

  public void print(Article a) {
    out.println("━".repeat(100));
    out.println(a.getTitle() == null ? "(no title)" : a.getTitle());
    out.println("━".repeat(100));
    field("id", a.getId() + "  (version " + a.getVersion() + ")");
    field("url", a.getCanonicalUrl());
    field("site", a.getSite());
    field("published", a.getPublishedAt());
    field("modified", a.getModifiedAt());
    field("authors", a.getAuthors().isEmpty() ? null : String.join(", ", a.getAuthors()));
    field("section", a.getSection());
    field("tags", a.getTags().isEmpty() ? null : String.join(", ", a.getTags()));
    field("keywords", a.getKeywords().isEmpty() ? null : String.join(", ", a.getKeywords()));
    field("language", a.getLanguage());
    field("dateline", a.getDateline());
    field("image", a.getImageUrl());
    field("summary", a.getSummary());
    field("words", a.getWordCount() + "  (content hash " + a.getContentHash().substring(0, 16) + "…)");
    if (!a.getEntities().isEmpty()) {
      field("entities", a.getEntities().stream().map(ArticlePrinter::entity).collect(Collectors.joining("; ")));
    }
    out.println();
    List<String> paragraphs = List.of(a.getBody().split("\n\n"));
    int shown = fullBody ? paragraphs.size() : Math.min(3, paragraphs.size());
    for (int i = 0; i < shown; i++) {
      out.println(wrap(paragraphs.get(i), 100));
      out.println();
    }
    if (shown < paragraphs.size()) {
      out.println("  … " + (paragraphs.size() - shown) + " more paragraph(s); --full shows all");
      out.println();
    }
  }

  /** One line for an article published and then withdrawn (its duplicate notice is printed with the others). */
  public void printWithdrawn(Article a) {
    out.printf("WITHDRAWN %s  (id %s, version %d: published, then withdrawn as a duplicate; see its notice below)%n",
        a.getCanonicalUrl(), a.getId(), a.getVersion());
  }

  public void print(DuplicateNotice d) {
    out.printf("DUPLICATE %-14s %s  -> duplicate of %s%s%n", d.getKind(), d.getUrl(), d.getDuplicateOf(),
        d.getSimilarity() == null ? "" : String.format(" (similarity %.2f)", d.getSimilarity()));
  }

  public void print(RejectedPage r) {
    out.printf("REJECTED  %-14s %s  (%s stage: %s)%n", r.getReason(), r.getUrl() == null ? "<no url>" : r.getUrl(),
        r.getStage(), r.getMessage());
  }

  private static String entity(Entity e) {
    return e.getCanonical() + " [" + e.getType() + (e.getCount() > 1 ? " ×" + e.getCount() : "") + "]";
  }

  private void field(String name, Object value) {
    if (value != null) {
      out.printf("  %-10s %s%n", name, value);
    }
  }

  static String wrap(String text, int width) {
    StringBuilder sb = new StringBuilder();
    int col = 0;
    for (String word : text.split(" ")) {
      if (col > 0 && col + word.length() + 1 > width) {
        sb.append('\n');
        col = 0;
      } else if (col > 0) {
        sb.append(' ');
        col++;
      }
      sb.append(word);
      col += word.length();
    }
    return sb.toString();
  }
}
