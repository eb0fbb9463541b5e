/**
 * The villages view, a chunk of its own that the map imports only when the reader starts
 * exploring: the list of every village and residents' committee (data/divisions.json, checked
 * at build time by src/lib/content/divisions-schema.ts), its words, its panel and its markers.
 */
import divisionsJson from '../../../data/divisions.json';
import type { Divisions } from '../../lib/content/divisions-schema';

export const divisions = divisionsJson as Divisions;
export { VILLAGE_UI } from '../../lib/i18n/ui-villages';
export { default as VillagesPanel } from './VillagesPanel.svelte';
export { default as VillageMarkers } from './VillageMarkers.svelte';
