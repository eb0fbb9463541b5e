import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { request } from 'node:http';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveStatic } from './static-server';

/** A raw GET (fetch would decompress the body and hide what came over the wire). */
function get(url: string, encoding?: string) {
  return new Promise<{ status: number; headers: Record<string, unknown>; body: Buffer }>(
    (done, fail) => {
      const req = request(url, { headers: encoding ? { 'accept-encoding': encoding } : {} });
      req.on('response', (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          done({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
        );
      });
      req.on('error', fail);
      req.end();
    },
  );
}

describe('the bench’s static server', () => {
  const dir = mkdtempSync(join(tmpdir(), 'static-'));
  const html = '<!doctype html><p>' + '文字 text '.repeat(200) + '</p>';
  let origin = '';
  let close = () => {};
  beforeAll(async () => {
    writeFileSync(join(dir, 'index.html'), html);
    const { server, origin: o } = await serveStatic({ '/floor/': dir });
    origin = o;
    close = () => server.close();
  });
  afterAll(() => {
    close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('serves a folder’s index.html gzip-compressed to a browser that accepts gzip', async () => {
    const res = await get(`${origin}/floor/`, 'gzip, deflate');
    expect(res.status).toBe(200);
    expect(res.headers['content-encoding']).toBe('gzip');
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(res.body.length).toBeLessThan(Buffer.byteLength(html) / 4);
    expect(gunzipSync(res.body).toString()).toBe(html);
  });

  it('serves it plain to a client that does not, and nothing outside its roots', async () => {
    const plain = await get(`${origin}/floor/index.html`);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.toString()).toBe(html);
    expect((await get(`${origin}/other/`, 'gzip')).status).toBe(404);
    expect((await get(`${origin}/floor/missing.js`, 'gzip')).status).toBe(404);
  });
});
