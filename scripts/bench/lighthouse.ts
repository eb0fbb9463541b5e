/**
 * Lighthouse (mobile preset, its default simulated throttling) on a URL, in Debian's
 * Chromium started with a debugging port. Returns the performance figures the budget names.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import lighthouse from 'lighthouse';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../browser/chromium';

export interface LighthouseFigures {
  score: number;
  lcp: number;
  fcp: number;
  tbt: number;
  cls: number;
  /** The LCP element as Lighthouse names it (selector and snippet). */
  lcpElement: string;
  /** Main-thread work Lighthouse saw, by kind (ms, unthrottled trace × its CPU multiplier). */
  mainThread: Record<string, number>;
  /** The page's own response as it came over the wire (bytes: compressed body and headers). */
  documentTransferBytes: number;
}

async function waitForPort(port: number): Promise<void> {
  for (let i = 0; i < 100; i++) {
    try {
      const res = await fetch(`http://127.0.0.1:${port}/json/version`);
      if (res.ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('Chromium did not open its debugging port');
}

interface Details {
  items?: { items?: { node?: { selector?: string; snippet?: string } }[] }[] &
    { group?: string; duration?: number }[];
}

function lcpElement(details: unknown): string {
  const node = (details as Details | undefined)?.items?.[0]?.items?.[0]?.node;
  return node ? `${node.selector ?? ''} ${(node.snippet ?? '').slice(0, 80)}` : '';
}

function documentTransfer(details: unknown): number {
  const items = (details as { items?: { resourceType?: string; transferSize?: number }[] })?.items;
  return items?.find((i) => i.resourceType === 'Document')?.transferSize ?? NaN;
}

function mainThread(details: unknown): Record<string, number> {
  const out: Record<string, number> = {};
  for (const item of (details as Details | undefined)?.items ?? []) {
    if (item.group) out[item.group] = Math.round(item.duration ?? 0);
  }
  return out;
}

/**
 * `saveTo`: a file to write Lighthouse's whole report (JSON) to, for looking into a run;
 * `artifactsDir`: a folder to keep the run's trace and network log in (scripts/bench/lantern-graph.ts).
 */
export async function runLighthouse(
  url: string,
  saveTo?: string,
  artifactsDir?: string,
): Promise<LighthouseFigures> {
  const profile = mkdtempSync(join(tmpdir(), 'lh-'));
  const port = 9300 + Math.floor(Math.random() * 500);
  const chrome = spawn(
    CHROMIUM_PATH,
    [
      '--headless=new',
      `--remote-debugging-port=${port}`,
      `--user-data-dir=${profile}`,
      ...CHROMIUM_ARGS,
      'about:blank',
    ],
    { stdio: 'ignore', detached: true },
  );
  try {
    await waitForPort(port);
    const result = await lighthouse(url, {
      port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance'],
      ...(artifactsDir ? { gatherMode: artifactsDir, auditMode: artifactsDir } : {}),
    });
    if (!result) throw new Error('lighthouse returned nothing');
    const { lhr } = result;
    if (saveTo) writeFileSync(saveTo, JSON.stringify(lhr));
    const audit = (id: string) => lhr.audits[id]?.numericValue ?? NaN;
    return {
      score: Math.round((lhr.categories.performance?.score ?? 0) * 100),
      lcp: audit('largest-contentful-paint'),
      fcp: audit('first-contentful-paint'),
      tbt: audit('total-blocking-time'),
      cls: audit('cumulative-layout-shift'),
      lcpElement: lcpElement(lhr.audits['largest-contentful-paint-element']?.details),
      mainThread: mainThread(lhr.audits['mainthread-work-breakdown']?.details),
      documentTransferBytes: documentTransfer(lhr.audits['network-requests']?.details),
    };
  } finally {
    const exited = new Promise((done) => chrome.once('exit', done));
    // Chromium's helpers live in its process group: end them all.
    if (chrome.pid) process.kill(-chrome.pid, 'SIGKILL');
    await exited;
    await new Promise((done) => setTimeout(done, 300));
    try {
      rmSync(profile, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
    } catch {
      // a helper still writing; the temporary profile is left for the OS to clean
    }
  }
}
