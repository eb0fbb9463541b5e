/**
 * The data files every build publishes beside the pages (scripts/build/figures-download.ts
 * writes them; the sources section links them). Relative names: they resolve next to the page,
 * under any sub-path.
 */
export const FIGURES_CSV = 'figures.csv';
export const FIGURES_JSON = 'figures.json';
