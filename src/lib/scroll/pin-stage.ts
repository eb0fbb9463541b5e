/**
 * Keeps the stage in view by hand where `position: sticky` cannot: in an iframe fed by its
 * host's viewport (sticky would follow the frame, not the reader's visible area), or in a script
 * embed under an ancestor that breaks sticky. Sets the story's height unit (`--vh`) from that
 * viewport and moves the stage by the offset sticky would have given it. Returns the teardown.
 */
import { stickyOffset } from '../../embed/protocol';
import type { Viewport } from './viewport';

export function pinStage(root: HTMLElement, stage: HTMLElement, viewport: Viewport): () => void {
  const place = () => {
    root.style.setProperty('--vh', `${viewport.height() / 100}px`);
    const box = root.getBoundingClientRect();
    const y = stickyOffset(viewport.top(), box.top, box.height, stage.offsetHeight);
    stage.style.transform = `translateY(${y}px)`;
  };
  // Offset by hand, not sticky (which cannot follow this viewport, or may follow it twice).
  stage.style.position = 'relative';
  place();
  const unscroll = viewport.onScroll(place);
  const unchange = viewport.onChange(place);
  return () => {
    unscroll();
    unchange();
    stage.style.position = '';
  };
}
