// The smaller holes of issue 15 over real sockets: slow headers and bodies are cut (408) well under Node's
// defaults, one client's connections are capped, the Host header never reaches a URL the site writes (PUBLIC_URL,
// or the request's host on loopback only), HSTS and upgrade-insecure-requests only over TLS or when configured,
// no source maps, every unknown /api path (the docs' too) answers the JSON error shape, and error messages name
// no Java classes.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request, type Server } from 'node:http';
import { connect, type AddressInfo, type Socket } from 'node:net';
import { networkInterfaces, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type AppDeps } from '../../server/app.ts';
import { readEnv } from '../../server/config.ts';
import { hardenServer, type ServerLimits } from '../../server/http/harden-server.ts';
import { withoutJavaNames } from '../../server/http/public-message.ts';
import { testDatabase } from '../helpers/test-app.ts';
import type { Database } from '../../server/db/database.ts';

let db: Database;
beforeAll(() => {
  db = testDatabase();
});
afterAll(async () => {
  await db.close();
});

interface Served {
  server: Server;
  port: number;
  close(): Promise<void>;
}
async function serve(deps: Partial<AppDeps> = {}, limits?: ServerLimits, host = '127.0.0.1'): Promise<Served> {
  const server = createApp({ db, ...deps }).listen(0, host);
  if (limits) hardenServer(server, limits);
  await new Promise<void>((res) => server.once('listening', () => res()));
  return {
    server,
    port: (server.address() as AddressInfo).port,
    async close() {
      server.closeAllConnections();
      await new Promise((res) => server.close(res));
    },
  };
}

/** A raw HTTP exchange: sends `text`, resolves with all the server sent once it closes the connection. */
function raw(port: number, text: string, localAddress?: string): { socket: Socket; closed: Promise<string> } {
  const socket = connect({ port, host: '127.0.0.1', localAddress });
  let received = '';
  socket.on('data', (d) => (received += d.toString('latin1')));
  socket.on('error', () => {});
  socket.write(text);
  return { socket, closed: new Promise((res) => socket.on('close', () => res(received))) };
}

function get(
  port: number,
  path: string,
  headers: Record<string, string> = {},
  host = '127.0.0.1',
): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ host, port, path, headers, agent: false }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

const quick: ServerLimits = {
  HTTP_HEADERS_TIMEOUT_MS: 1_000,
  HTTP_REQUEST_TIMEOUT_MS: 2_000,
  HTTP_IDLE_TIMEOUT_MS: 60_000,
  HTTP_MAX_CONNECTIONS_PER_CLIENT: 3,
};

describe('slow and greedy clients', () => {
  it('by default allow 10 s for headers and 30 s for a whole request (Node: 60 s and 300 s)', () => {
    const env = readEnv({});
    expect(env.HTTP_HEADERS_TIMEOUT_MS).toBe(10_000);
    expect(env.HTTP_REQUEST_TIMEOUT_MS).toBe(30_000);
  });

  it('cut slow headers and slow bodies with 408', async () => {
    const app = await serve({}, quick);
    try {
      const headers = raw(app.port, 'GET /api/health HTTP/1.1\r\nHost: x\r\n'); // never ends its headers
      expect(await headers.closed).toMatch(/^HTTP\/1\.1 408/);
      const body = raw(
        app.port,
        'POST /api/stories HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{"focus":',
      );
      expect(await body.closed).toMatch(/^HTTP\/1\.1 408/);
    } finally {
      await app.close();
    }
  });

  it('cap the connections of one client (429), not those of another', async () => {
    const app = await serve({}, quick);
    const open: Socket[] = [];
    try {
      for (let i = 0; i < 3; i++) {
        const { socket } = raw(app.port, 'GET /api/nope HTTP/1.1\r\nHost: x\r\n\r\n', '127.0.0.1');
        await new Promise((res) => socket.once('data', res)); // the server has it
        open.push(socket);
      }
      expect(await raw(app.port, 'GET /api/nope HTTP/1.1\r\nHost: x\r\n\r\n', '127.0.0.1').closed).toMatch(
        /^HTTP\/1\.1 429[\s\S]*too_many_connections/,
      );
      expect(
        await raw(app.port, 'GET /api/nope HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n', '127.0.0.2').closed,
      ).toMatch(/^HTTP\/1\.1 404/);
    } finally {
      for (const s of open) s.destroy();
      await app.close();
    }
  });
});

describe('the Host header', () => {
  it('is never echoed raw: a malformed host on loopback falls back to the address the server was reached at', async () => {
    const app = await serve();
    try {
      const res = await get(app.port, '/', { host: 'evil"><x>' });
      expect(String(res.headers.link)).not.toContain('evil');
      expect(String(res.headers.link)).toContain(`http://127.0.0.1:${app.port}/api/oembed`);
      const own = await get(app.port, '/', { host: `localhost:${app.port}` }); // a well-formed host, over loopback
      expect(String(own.headers.link)).toContain(`http://localhost:${app.port}/api/oembed`);
    } finally {
      await app.close();
    }
  });

  it('is ignored for requests that do not arrive over loopback', async () => {
    const address = Object.values(networkInterfaces())
      .flat()
      .find((i) => i && i.family === 'IPv4' && !i.internal)?.address;
    if (!address) return; // no network interface but loopback on this machine: the loopback cases above still ran
    const app = await serve({}, undefined, '0.0.0.0');
    try {
      const res = await get(app.port, '/', { host: 'attacker.example' }, address);
      expect(String(res.headers.link)).not.toContain('attacker');
      expect(String(res.headers.link)).toContain(`http://${address}:${app.port}/`);
    } finally {
      await app.close();
    }
  });

  it('gives way to PUBLIC_URL in the Link header, og:*, oEmbed and story URLs', async () => {
    const app = await serve({ publicUrl: 'https://pobratim.example/ignored/path' });
    try {
      const evil = { host: 'evil.example' };
      expect(String((await get(app.port, '/', evil)).headers.link)).toMatch(
        /^<https:\/\/pobratim\.example\/api\/oembed\?url=https%3A%2F%2Fpobratim\.example%2F/,
      );
      const page = (await get(app.port, '/embed?focus=ru-kaluga', evil)).body;
      expect(page).toContain('<meta property="og:url" content="https://pobratim.example/embed?focus=ru-kaluga">');
      expect(page).toContain('content="https://pobratim.example/api/snapshot.png?focus=ru-kaluga"');
      expect(page).not.toContain('evil.example');
      const oembed = await get(
        app.port,
        `/api/oembed?url=${encodeURIComponent('https://pobratim.example/embed?focus=ru-kaluga')}`,
        evil,
      );
      expect(JSON.parse(oembed.body).thumbnail_url).toBe('https://pobratim.example/api/snapshot.png?focus=ru-kaluga');
      const story = await fetch(`http://127.0.0.1:${app.port}/api/stories`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: '{"focus":"ru-kaluga"}',
      }).then((r) => r.json());
      expect(story.embedUrl).toBe(`https://pobratim.example/embed?story=${story.id}`);
    } finally {
      await app.close();
    }
  });
});

describe('HSTS and upgrade-insecure-requests', () => {
  it('are not sent over plain HTTP, are sent over TLS behind a trusted proxy, or when configured', async () => {
    const plain = await serve();
    const proxied = await serve({ trustProxy: 'loopback' });
    const always = await serve({ hsts: 'always' });
    try {
      const p = await get(plain.port, '/');
      expect(p.headers['strict-transport-security']).toBeUndefined();
      expect(String(p.headers['content-security-policy'])).not.toContain('upgrade-insecure-requests');
      const spoofed = await get(plain.port, '/', { 'x-forwarded-proto': 'https' }); // no trusted proxy: ignored
      expect(spoofed.headers['strict-transport-security']).toBeUndefined();
      const tls = await get(proxied.port, '/', { 'x-forwarded-proto': 'https' });
      expect(tls.headers['strict-transport-security']).toMatch(/max-age=/);
      expect(String(tls.headers['content-security-policy'])).toContain('upgrade-insecure-requests');
      expect((await get(always.port, '/')).headers['strict-transport-security']).toMatch(/max-age=/);
    } finally {
      await Promise.all([plain.close(), proxied.close(), always.close()]);
    }
  });
});

describe('files and paths', () => {
  it('serves no source maps', async () => {
    const webRoot = mkdtempSync(join(tmpdir(), 'h15-web-'));
    writeFileSync(join(webRoot, 'index.html'), '<!doctype html><html><head></head><body></body></html>');
    writeFileSync(join(webRoot, 'app.js'), 'console.log(1)\n//# sourceMappingURL=app.js.map');
    writeFileSync(join(webRoot, 'app.js.map'), '{"version":3,"sources":["secret.ts"]}');
    const app = await serve({ webRoot });
    try {
      expect((await get(app.port, '/app.js')).status).toBe(200);
      expect((await get(app.port, '/app.js.map')).status).toBe(404);
      const docsMap = await get(app.port, '/api/docs/swagger-ui.css.map');
      expect(docsMap.status).toBe(404);
      expect(JSON.parse(docsMap.body).error.code).toBe('not_found');
    } finally {
      await app.close();
      rmSync(webRoot, { recursive: true, force: true });
    }
  });

  it("answers every unknown /api path, the docs' included, with the JSON error shape", async () => {
    const app = await serve();
    try {
      for (const path of ['/api/docs/package.json', '/api/docs/nope', '/api/docs/a/b.js', '/api/nope']) {
        const res = await get(app.port, path);
        expect(res.status, path).toBe(404);
        expect(JSON.parse(res.body).error.code, path).toBe('not_found');
      }
      const docs = await get(app.port, '/api/docs/');
      expect(docs.status).toBe(200);
      expect(docs.body).toContain('Pobratim API');
      expect((await get(app.port, '/api/docs/swagger-ui-bundle.js')).status).toBe(200);
    } finally {
      await app.close();
    }
  });
});

describe('error messages', () => {
  it("name no Java or Lucene classes, even when Neo4j's do", async () => {
    const app = await serve();
    try {
      for (const query of [
        "CALL db.index.fulltext.queryNodes('no_such_index', 'a') YIELD node RETURN node",
        "CALL db.index.fulltext.queryNodes('city_names', 'a:(') YIELD node RETURN node",
      ]) {
        const res = await fetch(`http://127.0.0.1:${app.port}/api/cypher`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({ query }),
        });
        const text = await res.text();
        expect(res.status, text).toBeGreaterThanOrEqual(400);
        expect(res.status, text).toBeLessThan(500);
        expect(text).not.toMatch(/\b(?:java|org\.apache|lucene)\.|Exception/i);
      }
    } finally {
      await app.close();
    }
  });

  it('are cleaned of qualified and bare JVM class names', () => {
    expect(
      withoutJavaNames(
        'Failed to invoke procedure `db.index.fulltext.queryNodes`: Caused by: java.lang.IllegalArgumentException: There is no such fulltext schema index: nope',
      ),
    ).toBe('Failed to invoke procedure `db.index.fulltext.queryNodes`: There is no such fulltext schema index: nope');
    expect(withoutJavaNames("org.apache.lucene.queryparser.classic.ParseException: Cannot parse 'a:('")).toBe(
      "Cannot parse 'a:('",
    );
    expect(withoutJavaNames('Neo.ClientError.Statement.SyntaxError at example.org/page')).toBe(
      'Neo.ClientError.Statement.SyntaxError at example.org/page',
    );
  });
});
