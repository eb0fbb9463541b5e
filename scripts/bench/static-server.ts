/** A loopback static server with gzip, like a plain static host, for the benchmark. */
import { createServer, type Server } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

/** Serves `roots` (url prefix → folder) on 127.0.0.1; returns the server and its origin. */
export async function serveStatic(
  roots: Record<string, string>,
): Promise<{ server: Server; origin: string }> {
  const cache = new Map<string, Buffer>();
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const prefix = Object.keys(roots)
      .sort((a, b) => b.length - a.length)
      .find((p) => path.startsWith(p));
    if (!prefix) return void res.writeHead(404).end();
    let file = normalize(join(roots[prefix], path.slice(prefix.length)));
    if (!file.startsWith(normalize(roots[prefix]))) return void res.writeHead(403).end();
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) return void res.writeHead(404).end();
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    const body = readFileSync(file);
    const gzip =
      /gzip/.test(String(req.headers['accept-encoding'])) && !type.startsWith('image/png');
    const headers: Record<string, string> = { 'content-type': type, 'cache-control': 'no-cache' };
    if (gzip) {
      const key = file;
      if (!cache.has(key)) cache.set(key, gzipSync(body, { level: 9 }));
      headers['content-encoding'] = 'gzip';
      res.writeHead(200, headers).end(cache.get(key));
    } else res.writeHead(200, headers).end(body);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('no port');
  return { server, origin: `http://127.0.0.1:${address.port}` };
}
