/**
 * Sharing the current step: its link (the page's address with the step's id as the hash;
 * none before the story starts) and how to hand it over (the Web Share API where the browser
 * has it, else the clipboard).
 */

/** The page's address, any hash replaced by the step's id (or removed). */
export function stepLink(href: string, stepId: string | null): string {
  const url = new URL(href);
  url.hash = stepId ? `#${encodeURIComponent(stepId)}` : '';
  return url.href;
}

export interface ShareTarget {
  share?: (data: ShareData) => Promise<void>;
  canShare?: (data: ShareData) => boolean;
  clipboard?: { writeText: (text: string) => Promise<void> };
}

/** What happened: shared (or the reader closed the share sheet), copied, or neither. */
export type ShareOutcome = 'shared' | 'copied' | 'failed';

/** Shares the link through the Web Share API if there is one, else copies it. */
export async function shareLink(
  nav: ShareTarget,
  data: { title: string; url: string },
): Promise<ShareOutcome> {
  if (nav.share && (!nav.canShare || nav.canShare(data))) {
    try {
      await nav.share(data);
      return 'shared';
    } catch (e) {
      // The reader closed the share sheet: nothing more to do.
      if (e instanceof Error && e.name === 'AbortError') return 'shared';
      // Not allowed here (a frame without the permission): copy instead.
    }
  }
  if (!nav.clipboard) return 'failed';
  try {
    await nav.clipboard.writeText(data.url);
    return 'copied';
  } catch {
    return 'failed';
  }
}
