// Bad input gets a clear 4xx in the one error shape; never a 500; security headers on every response.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../helpers/test-app.ts';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => {
  await app.close();
});

function expectError(body: any, code: string) {
  expect(body).toEqual({ error: expect.objectContaining({ code, message: expect.any(String) }) });
}

describe('errors', () => {
  it('400 names the field', async () => {
    const { status, body } = await app.get('/api/graph?depth=zero');
    expect(status).toBe(400);
    expectError(body, 'bad_request');
    expect(body.error.message).toContain('depth');
    expect(body.error.details.fields[0].field).toBe('depth');
  });

  it.each([
    '/api/cities?limit=0',
    '/api/cities?limit=abc',
    `/api/cities?q=${'x'.repeat(101)}`,
    '/api/cities?country=Russia',
    '/api/graph?from=2020&to=2010',
    '/api/graph?country=',
    '/api/graph?kind=friendship',
    '/api/graph?limit=-1',
    '/api/graph?focus=Bad%20Id',
    '/api/agreements?from=abc',
    '/api/path?from=ru-tula',
    '/api/cities/%E2%98%83',
  ])('%s → 400', async (url) => {
    const { status, body } = await app.get(url);
    expect(status).toBe(400);
    expectError(body, 'bad_request');
  });

  it('404 for unknown ids and routes, in the same shape', async () => {
    for (const url of ['/api/cities/xx-nowhere', '/api/forums/forum-99', '/api/sources/none', '/api/nothing-here']) {
      const { status, body } = await app.get(url);
      expect(status).toBe(404);
      expectError(body, 'not_found');
    }
  });

  it('413 for a body over the limit, 400 for broken JSON', async () => {
    const big = await fetch(`${app.url}/api/cities`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ x: 'y'.repeat(200_000) }),
    });
    expect(big.status).toBe(413);
    expectError(await big.json(), 'payload_too_large');
    const broken = await fetch(`${app.url}/api/cities`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"x":',
    });
    expect(broken.status).toBe(400);
    expectError(await broken.json(), 'bad_json');
  });

  it('never answers 500 to odd input', async () => {
    const odd = ['%00', '%FF', "'; MATCH (n) DETACH DELETE n //", '\u202e', '🙂', '[]', '{}', 'null', '-0', '1e400'];
    for (const v of odd) {
      for (const url of [
        `/api/cities?q=${encodeURIComponent(v)}`,
        `/api/graph?focus=${encodeURIComponent(v)}`,
        `/api/cities/${encodeURIComponent(v)}`,
        `/api/graph?from=${encodeURIComponent(v)}`,
      ]) {
        const { status } = await app.get(url);
        expect(status, url).toBeLessThan(500);
      }
    }
    expect((await app.get('/api/cities/ru-kaluga')).status).toBe(200);
  });

  it('sends security headers on every response', async () => {
    for (const url of ['/api/health', '/api/cities/xx-none', '/']) {
      const res = await fetch(app.url + url);
      expect(res.headers.get('content-security-policy')).toContain("default-src 'self'");
      expect(res.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(res.headers.get('x-powered-by')).toBeNull();
    }
  });
});
