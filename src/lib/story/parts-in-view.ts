/**
 * Which parts of the story the reader can see: the indices of the boxes (client coordinates,
 * as getBoundingClientRect gives them; null for a part not drawn) that overlap the visible
 * area from `top` for `height` pixels. A box that only touches its edge is not in view.
 */
export function partsInView(
  boxes: readonly ({ top: number; bottom: number } | null | undefined)[],
  top: number,
  height: number,
): number[] {
  const bottom = top + height;
  const seen: number[] = [];
  boxes.forEach((box, i) => {
    if (box && box.bottom > top && box.top < bottom && box.bottom > box.top) seen.push(i);
  });
  return seen;
}
