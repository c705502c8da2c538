package newsdesk.extract.text;

/**
 * What a line of a plain-text page dump is, judged on its own: the unit the text engine reasons
 * about, since a dump keeps no markup to say where the story starts and the chrome begins.
 */
enum LineKind {
  /** Aggregator or site furniture: sign-up prompts, "Related Stories", app promotions. */
  CHROME,
  /** A paywall teaser ("Subscribe to continue reading"); chrome that may mean the story is cut. */
  TEASER,
  /** Inline interruptions inside a story: "Advertisement", "Story continues". */
  NOISE,
  CAPTION,
  CREDITS,
  BYLINE,
  DATE,
  PUBLISHER,
  AGGREGATOR,
  /** A sentence or more of running text: a paragraph candidate. */
  PROSE,
  /** Anything else short: headlines, section labels, subheads. */
  SHORT
}
