declare namespace App {
  interface Locals {
    /** The page's cited figures by `collection/id`, numbered as endnotes (set by the page route). */
    figureNotes?: Map<string, import('./lib/data/figureNotes.ts').FigureNote>;
    /** How many times each note has been referenced so far, for unique anchor ids. */
    figureUses?: Map<string, number>;
  }
}
