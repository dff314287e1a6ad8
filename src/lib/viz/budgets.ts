/**
 * What every chart must meet on every surface; the browser and PDF tests check these and
 * `npm run bench` reports them.
 */
/** Smallest chart text on screen, in CSS px, at any width down to a 320 px embed. */
export const MIN_SCREEN_PX = 12;
/** Smallest chart text on paper, in pt. */
export const MIN_PRINT_PT = 7;

/**
 * Height budget of each chart's lead view (its first SVG) at 375 px, in CSS px. A phone screen
 * is about 670 px: the lead view of a chart should fit in about one and a half.
 */
export const HEIGHT_BUDGET_375: Record<string, number> = {
  'casualty-claims': 660,
  'strike-map': 1000,
  // the pairs alone (270 px), since the one-sided figures are a factbox of their own (was 451 px with it)
  'force-balance': 320,
  'militancy-deaths': 900,
  'returnee-flows': 900,
};

/**
 * Height budget of a chart's second view (its second SVG) at 375 px, in CSS px, where it has one
 * that must stay compact: casualty claims' running counts (issue 13: "a compact second view").
 */
export const SECOND_VIEW_BUDGET_375: Record<string, number> = {
  'casualty-claims': 450,
  // force balance's factbox (135 px)
  'force-balance': 180,
};
