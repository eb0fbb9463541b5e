/**
 * Serves the built dist/ for the browser tests, under a sub-path (to prove the relative base
 * works anywhere), on a free loopback port. `npm test` builds dist/ first.
 */
import { createServer, type Server } from 'node:http';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import sirv from 'sirv';
import type { TestProject } from 'vitest/node';
import { startHost } from './host-server';

export const SUB_PATH = '/news/2026/maojian/';
export const STRICT_CSP =
  "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'";

declare module 'vitest' {
  export interface ProvidedContext {
    storyUrl: string;
    /** A fixture news article on another origin (see host-server.ts). */
    hostUrl: string;
  }
}

export default async function setup(project: TestProject) {
  const dist = process.env.STORY_DIST ?? resolve(import.meta.dirname, '../../dist');
  if (!existsSync(resolve(dist, 'index.html'))) {
    throw new Error('dist/ is missing: run `npm run build` first (npm test does).');
  }
  // Hosts load embed.js as a module from another origin, which needs CORS (see README).
  const serve = sirv(dist, {
    dev: false,
    etag: true,
    setHeaders: (res) => res.setHeader('Access-Control-Allow-Origin', '*'),
  });
  const server: Server = createServer((req, res) => {
    const url = req.url ?? '/';
    if (!url.startsWith(SUB_PATH)) {
      res.statusCode = 404;
      res.end('not found');
      return;
    }
    req.url = '/' + url.slice(SUB_PATH.length);
    // /<sub-path>/?csp=strict… pages: the strict Content-Security-Policy of issue 8.
    if (/[?&]csp=strict/.test(url)) res.setHeader('Content-Security-Policy', STRICT_CSP);
    serve(req, res, () => {
      res.statusCode = 404;
      res.end('not found');
    });
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('no port');
  const storyUrl = `http://127.0.0.1:${address.port}${SUB_PATH}`;
  project.provide('storyUrl', storyUrl);
  const host = await startHost(storyUrl);
  project.provide('hostUrl', host.url);
  return async () => {
    await new Promise<void>((done) => host.server.close(() => done()));
    await new Promise<void>((done) => server.close(() => done()));
  };
}
