// A client that goes away mid-download, over a real socket: it sends the request, waits for the first bytes of
// the body (optionally after letting the server's buffers fill), then destroys the connection.
import { request } from 'node:http';

export interface AbortOptions {
  /** Headers to send (e.g. Accept-Encoding: gzip to go through the compression middleware). */
  headers?: Record<string, string>;
  /** Stop reading after the first chunk before destroying, so the server meets backpressure first. */
  stall?: boolean;
}

/** Resolves with the status and the number of body bytes received before the socket was destroyed. */
export function abortMidStream(
  url: string,
  { headers = {}, stall = false }: AbortOptions = {},
): Promise<{ status: number; received: number }> {
  return new Promise((resolve, reject) => {
    const req = request(url, { agent: false, headers }, (res) => {
      let received = 0;
      res.on('data', (chunk: Buffer) => {
        received += chunk.length;
        if (stall) res.pause();
        // Let the server fill its buffers (no timer: the next turns of the loop) when stalling, then go away.
        setImmediate(() => {
          req.destroy();
          resolve({ status: res.statusCode ?? 0, received });
        });
      });
      res.on('end', () => resolve({ status: res.statusCode ?? 0, received }));
      res.on('error', () => {});
    });
    req.on('error', (err) => (req.destroyed ? undefined : reject(err)));
    req.end();
  });
}

export interface Stalled {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  /** Reads the rest: the body, and whether it ended cleanly or the server broke the connection. */
  finish(): Promise<{ body: string; complete: boolean }>;
  destroy(): void;
}

/** A download that has received its first bytes and stopped reading; `localAddress` (127.0.0.x) acts as another client. */
export function stalledDownload(url: string, localAddress?: string): Promise<Stalled> {
  return new Promise((resolve, reject) => {
    const req = request(url, { agent: false, localAddress }, (res) => {
      const chunks: Buffer[] = [];
      const ended = new Promise<boolean>((done) => {
        res.on('end', () => done(res.complete));
        res.on('aborted', () => done(false));
        res.on('error', () => done(false));
        res.on('close', () => done(res.complete));
      });
      const stalled: Stalled = {
        status: res.statusCode ?? 0,
        headers: res.headers,
        async finish() {
          res.resume();
          const complete = await ended;
          return { body: Buffer.concat(chunks).toString('utf8'), complete };
        },
        destroy: () => req.destroy(),
      };
      res.once('data', (chunk: Buffer) => {
        chunks.push(chunk);
        res.pause();
        res.on('data', (c: Buffer) => chunks.push(c));
        resolve(stalled);
      });
      res.once('end', () => resolve(stalled));
    });
    req.on('error', (err) => (req.destroyed ? undefined : reject(err)));
    req.end();
  });
}
