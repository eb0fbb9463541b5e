/**
 * The open place sheet: which place, opened at which step, from which button, as a bottom
 * sheet (phone) or a panel on the half of the map away from the opener (desktop). It belongs
 * to the step it was opened at: scrolling on to another step closes it, with no effect needed.
 */
import { tick } from 'svelte';

export interface Selection {
  id: string;
  /** The step it was opened at. */
  at: string;
  opener: HTMLElement;
  mode: 'phone' | 'desktop';
  /** Desktop: the half of the map away from the opener, so its marker stays in sight. */
  side: 'left' | 'right';
}

export class PlaceSelection {
  #current = $state.raw<Selection | null>(null);

  /** The sheet open at this step, if any. */
  openAt(stepId: string, active: boolean): Selection | null {
    return active && this.#current?.at === stepId ? this.#current : null;
  }

  /** Opens the place's sheet, from `opener`, at the step; `map` is the map's root. */
  select(id: string, opener: HTMLElement, stepId: string, phone: boolean, map?: HTMLElement) {
    const box = map?.getBoundingClientRect();
    const at = opener.getBoundingClientRect();
    const right = !box || at.left + at.width / 2 < box.left + box.width / 2;
    this.#current = {
      id,
      at: stepId,
      opener,
      mode: phone ? 'phone' : 'desktop',
      side: right ? 'right' : 'left',
    };
  }

  /** Closes the sheet, leaving the focus where it is (the reader moved on). */
  clear() {
    this.#current = null;
  }

  /**
   * Closes the sheet and gives the focus back to its opener, or (if the opener has gone) to
   * the place's marker or list entry inside `map`.
   */
  async close(map?: HTMLElement) {
    const was = this.#current;
    this.#current = null;
    if (!was) return;
    await tick();
    const again = map?.querySelector<HTMLElement>(
      `[data-place="${CSS.escape(was.id)}"], [data-listed="${CSS.escape(was.id)}"]`,
    );
    (was.opener.isConnected ? was.opener : again)?.focus({ preventScroll: true });
  }
}
