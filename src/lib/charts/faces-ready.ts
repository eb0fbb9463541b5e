/**
 * The chart faces a story has in use or has readied, per font stack: what the stage controller
 * checks before it has a scene's faces measured (chart-faces.ts). One per controller: two
 * stories on one page keep their own. Pure.
 */
import type { Scene } from './chart-scene';
import { chartFaces, faceKey, type TextFace } from './chart-faces';

export class FacesReady {
  readonly #ids = new Set<string>();

  /** The faces of `scene`'s text not in use or readied yet in `family`. */
  missing(scene: Scene, textScale: number, family: string): TextFace[] {
    return chartFaces(scene, textScale).filter((f) => !this.#ids.has(`${family}|${faceKey(f)}`));
  }

  /** Counts `faces` as in use or readied in `family`. */
  add(faces: readonly TextFace[], family: string): void {
    for (const face of faces) this.#ids.add(`${family}|${faceKey(face)}`);
  }
}
