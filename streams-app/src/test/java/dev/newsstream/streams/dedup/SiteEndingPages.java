package dev.newsstream.streams.dedup;

import java.util.ArrayList;
import java.util.List;

/**
 * Short stories of one (made-up) site that all end with the site's standard two-paragraph ending ("About ..." and a
 * tip-line/funding note, 93 words), as review 10 found them: distinct stories of 29-74 words whose whole pages are
 * 0.5-0.7 similar through the ending alone. Plus the look-alikes that must stay copies. Written for these tests.
 */
final class SiteEndingPages {
  private SiteEndingPages() {}

  static final List<String> ENDING = List.of(
      "About Harbour Post: Harbour Post is a nonprofit newsroom owned by its readers and serving twelve towns on the "
          + "northern estuary. Our journalists report on local government, courts, health, schools and the economy, "
          + "and our articles may be shared without charge by partner newspapers and radio stations.",
      "Do you know something we should report? Send a tip to our news desk by email or call us during office "
          + "hours. We correct errors promptly and list every correction on our website. Harbour Post receives "
          + "money from readers, partner papers and a regional arts trust, none of which has any influence over "
          + "what we publish.");

  static final List<String> FIRE = List.of("Firefighters rescued a family of four from a burning house in Kelby early"
      + " on Sunday after a neighbour saw smoke coming from the kitchen window and raised the alarm.");
  static final List<String> BOATHOUSE = List.of("The Estuary Rowing Club has won permission to build a new boathouse"
      + " on the river bank at Milford, ending a dispute with residents that lasted almost three years.");
  static final List<String> BUSES = List.of(
      "Bus services between Ashby and the coast will be cut from four to two an hour from March, the county "
          + "transport board decided on Tuesday to save money.",
      "The operator said fewer passengers had used the route since the pandemic and that the evening buses were "
          + "often almost empty.",
      "Councillors from the coastal villages said older residents who do not drive would be left without a way to "
          + "reach the hospital in Ashby.");
  static final List<String> EAGLE = List.of(
      "A rare white-tailed eagle has been seen over the marshes near Thornwick for the first time in more than a "
          + "century, bird watchers reported on Saturday.",
      "The bird is believed to have come from a reintroduction project in the south and may stay for the winter if "
          + "it finds enough fish.",
      "The wildlife trust asked visitors to keep to the paths and not to fly drones over the reserve while the "
          + "eagle is there.");

  /** A syndicated copy of BUSES on another site: agency prefix, one word edited, the same site ending. */
  static final List<String> BUSES_SYNDICATED = List.of(
      "(Estuary News Agency) - " + BUSES.get(0),
      BUSES.get(1).replace("fewer passengers", "fewer riders"),
      BUSES.get(2));
  /** A copy of EAGLE whose lead was rewritten (same facts, reordered), the rest and the ending verbatim. */
  static final List<String> EAGLE_NEW_LEAD = List.of(
      "Bird watchers reported on Saturday that a rare white-tailed eagle has been seen over the marshes near "
          + "Thornwick for the first time in more than a century.",
      EAGLE.get(1), EAGLE.get(2));

  /** The body as the parser joins paragraphs (a blank line between), the site ending after the story. */
  static String withEnding(List<String> story) {
    List<String> all = new ArrayList<>(story);
    all.addAll(ENDING);
    return String.join("\n\n", all);
  }
}
