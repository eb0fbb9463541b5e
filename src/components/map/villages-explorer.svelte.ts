/**
 * The villages view's state, for MapView: its chunk (imported when the reader first explores,
 * never before), whether its list is open at the current step, every village's sheet place,
 * the points it draws, and the village picked last (where the map went, and the township seat
 * it marked). The list and the pick belong to the step and the exploring they were opened in.
 */
import type { Township, Village } from '../../lib/content/divisions-schema';
import type { Lang } from '../../lib/content/types';
import type { Place } from '../../lib/geo/places';
import {
  pickedPointOffset,
  villageId,
  villageSheetPlace,
  villageTarget,
  villagesToDraw,
  type VillageWords,
} from '../../lib/map/villages';

type VillagesModule = typeof import('./villages-view');

export interface VillageFocus {
  lngLat: [number, number];
  zoom: number;
  offset: { x: number; y: number };
  /** A new key moves the map again (the same village picked twice). */
  key: number;
}

interface Pick {
  at: string;
  place: string;
  township: string | null;
  focus: VillageFocus;
}

/** What the explorer reads of the map view, each time (props and measured state). */
export interface ExplorerInput {
  stepId: string;
  exploring: boolean;
  lang: Lang;
}

export class VillagesExplorer {
  module = $state.raw<VillagesModule | null>(null);
  #openAt = $state<string | null>(null);
  #pick = $state.raw<Pick | null>(null);
  #input: () => ExplorerInput;
  #places: readonly Place[];

  constructor(input: () => ExplorerInput, places: readonly Place[]) {
    this.#input = input;
    this.#places = places;
  }

  /** The list is open at the current step, while exploring, with its chunk loaded. */
  readonly open = $derived.by(() => {
    const { stepId, exploring } = this.#input();
    return exploring && this.#openAt === stepId && this.module !== null;
  });
  /** The view's words in the edition, once its chunk has loaded. */
  readonly ui = $derived.by(() => this.module?.VILLAGE_UI[this.#input().lang] ?? null);
  readonly #words = $derived<VillageWords | null>(
    this.ui && {
      type: this.ui.villageType,
      code: this.ui.villageCode,
      notNamed: this.ui.villageNotNamed,
      point: this.ui.villagePoint,
      noPoint: this.ui.villageNoPoint,
    },
  );
  /** Every village's sheet place, by id (v-<code>), with its list entry. */
  readonly byId = $derived.by(() => {
    const d = this.module?.divisions;
    const w = this.#words;
    const lang = this.#input().lang;
    const entries = (d && w ? d.townships : []).flatMap((t) =>
      t.villages.map((v) => {
        const place: Place = villageSheetPlace(v, t, d!, this.#places, lang, w!);
        return [villageId(v), { place, village: v, township: t as Township }] as const;
      }),
    );
    // Built whole by the derived each time and never changed: no reactive map needed.
    // eslint-disable-next-line svelte/prefer-svelte-reactivity
    return new Map(entries) as ReadonlyMap<string, (typeof entries)[number][1]>;
  });
  /** The villages drawn as points (those with a sourced point). */
  readonly points = $derived.by(() => {
    const d = this.module?.divisions;
    if (!d) return [];
    return villagesToDraw(d, this.#places).flatMap((g) =>
      g.villages.map((v) => this.byId.get(villageId(v))!.place),
    );
  });
  /** The village picked last at the current step, while the list is open. */
  readonly picked = $derived.by(() =>
    this.open && this.#pick?.at === this.#input().stepId ? this.#pick : null,
  );

  /** Imports the view's chunk (once). */
  load(): void {
    if (this.module) return;
    import('./villages-view')
      .then((m) => (this.module = m))
      .catch((e: unknown) => console.warn('villages view failed to load', e));
  }

  toggle(): void {
    const { stepId } = this.#input();
    this.#openAt = this.#openAt === stepId ? null : stepId;
  }

  close(): void {
    this.#openAt = null;
  }

  /**
   * A row picked: the map goes to the village's point (or its township's seat), placed where
   * the list and the sheet leave the map clear. Returns the id of the sheet place to open.
   */
  pick(
    village: Village,
    township: Township,
    map: { box: { width: number; height: number }; phone: boolean; listWidth: number },
  ): string {
    const target = villageTarget(village, township, this.#places);
    const id = this.byId.get(villageId(village))!.place.id;
    if (target) {
      const offset = pickedPointOffset(map.box, map.phone, map.listWidth);
      const key = (this.#pick?.focus.key ?? 0) + 1;
      this.#pick = {
        at: this.#input().stepId,
        place: id,
        township: target.township,
        focus: { lngLat: target.lngLat, zoom: 13, offset, key },
      };
    }
    return id;
  }
}
