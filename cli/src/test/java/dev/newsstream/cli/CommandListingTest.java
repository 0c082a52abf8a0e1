package dev.newsstream.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/**
 * `newsstream --help` and `newsstream bench --help` list each subcommand with one line: picocli takes the first
 * line of its header, else the first line of its description. That line must be a whole sentence, not the first
 * 80 characters of a paragraph cut mid-phrase ("... lag in records").
 */
class CommandListingTest {

  @Test
  void everyListedCommandSummaryIsACompleteSentence() {
    List<String> cut = new ArrayList<>();
    walk(new CommandLine(new NewsstreamCli()), cut);
    assertThat(cut).as("commands whose listing line is cut mid-sentence").isEmpty();
  }

  @Test
  void theCheckSeesACutSummary() {
    @CommandLine.Command(name = "cut", description = {"Consumer lag per partition: end offset, lag in records", "and seconds."})
    class Cut implements Runnable {
      public void run() {}
    }
    List<String> cut = new ArrayList<>();
    walk(new CommandLine(new Cut()), cut);
    assertThat(cut).containsExactly("cut: Consumer lag per partition: end offset, lag in records");
  }

  /**
   * A description written as several lines must not have lines longer than the help width: picocli would wrap each
   * one, leaving a fragment of a few words on a line of its own. (A long one-line paragraph is meant to wrap.)
   */
  @Test
  void handWrittenHelpLinesFitTheHelpWidth() {
    List<String> tooLong = new ArrayList<>();
    widths(NewsstreamCli.commandLine(), tooLong);
    assertThat(tooLong).isEmpty();
  }

  private static void widths(CommandLine cmd, List<String> tooLong) {
    var usage = cmd.getCommandSpec().usageMessage();
    assertThat(usage.width()).isEqualTo(NewsstreamCli.HELP_WIDTH);
    List<String> lines = new ArrayList<>(List.of(usage.header()));
    if (usage.description().length > 1) {
      lines.addAll(List.of(usage.description()));
    }
    for (String line : lines) {
      if (line.length() > usage.width() && line.length() < 2 * usage.width()) {
        tooLong.add(cmd.getCommandName() + " (" + line.length() + "): " + line);
      }
    }
    cmd.getSubcommands().values().forEach(sub -> widths(sub, tooLong));
  }

  private static void walk(CommandLine cmd, List<String> cut) {
    CommandSpec spec = cmd.getCommandSpec();
    String[] header = spec.usageMessage().header();
    String[] description = spec.usageMessage().description();
    String line = header.length > 0 ? header[0] : description.length > 0 ? description[0] : "";
    if (!"help".equals(spec.name()) && !line.strip().matches("(?s).*[.!?:)]$")) {
      cut.add(spec.name() + ": " + line);
    }
    cmd.getSubcommands().values().forEach(sub -> walk(sub, cut));
  }
}
