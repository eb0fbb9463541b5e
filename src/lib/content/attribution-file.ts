/**
 * Build-time only: validates data/geo/attribution.json, the map's credits (shown in the map
 * and printed under every map picture): a list of { id, text: { zh, en }, license }.
 */
import { ContentError } from './errors.ts';
import { MAX_LIST_ITEMS } from './limits.ts';
import {
  bilingual,
  itemLabel,
  jsonList,
  kebabId,
  parseOrThrow,
  plainText,
  record,
} from './schema-parts.ts';
import type { AttributionEntry } from '../map/labels.ts';

const entrySchema = record(
  { id: kebabId, text: bilingual(1), license: plainText(1) },
  'must be an object { "id": …, "text": { "zh": …, "en": … }, "license": … }',
);

export function validateAttribution(raw: unknown, file: string): AttributionEntry[] {
  const list = parseOrThrow(jsonList('entries', MAX_LIST_ITEMS), raw, file, null, 'attribution');
  const seen = new Set<string>();
  return list.map((item, index) => {
    const where = itemLabel('credit', item, index);
    const entry = parseOrThrow(entrySchema, item, file, where, 'credit');
    if (seen.has(entry.id)) throw new ContentError(file, where, 'id', 'duplicate credit id');
    seen.add(entry.id);
    return entry;
  });
}
