/** Place records for unit tests: only what a test states differs from an empty place. */
import type { Place } from '../../../src/lib/geo/places';

export const MAOTA = { zh: '茅塔乡', en: 'Maota Township' };
export const DACHUAN = { zh: '大川镇', en: 'Dachuan Town' };
export const WUDANGLU = { zh: '武当路街道', en: 'Wudanglu Subdistrict' };
const text = { zh: '', en: '' };

export function place(p: Partial<Place> & Pick<Place, 'id'>): Place {
  return {
    name: { zh: p.id, en: p.id },
    kind: 'village',
    township: null,
    village: null,
    lngLat: null,
    precision: 'none',
    precisionNote: text,
    note: text,
    source: 'test',
    ...p,
  };
}
