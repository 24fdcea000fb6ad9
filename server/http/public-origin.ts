// The site's public origin for the absolute URLs it writes (oEmbed, og:*, story URLs, the Link header). The
// Host header is the client's to choose, so it is never trusted: the configured PUBLIC_URL is used, and only
// without one, a request that arrives over loopback (a local browser, a reverse proxy on the same machine)
// gives its own protocol and host — and then only a well-formed host. Otherwise the origin is the address the
// server was reached at (correct for a direct connection, never a client's text).
import { isIP } from 'node:net';
import type { Request } from 'express';

const HOST =
  /^(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*|\[[0-9a-f:.]+\])(?::\d{1,5})?$/i;

export function isLoopback(address: string | undefined): boolean {
  if (!address) return false;
  const a = address.startsWith('::ffff:') ? address.slice(7) : address;
  return a === '::1' || (isIP(a) === 4 && a.startsWith('127.'));
}

/** `publicUrl`: the configured PUBLIC_URL (its origin is used; a path or query is ignored). */
export function publicOrigin(publicUrl?: string): (req: Request) => string {
  const configured = publicUrl ? new URL(publicUrl).origin : undefined;
  return (req) => {
    if (configured) return configured;
    const host = req.get('host');
    if (isLoopback(req.socket.remoteAddress) && host && HOST.test(host))
      return `${req.protocol}://${host.toLowerCase()}`;
    const local = req.socket.localAddress ?? '127.0.0.1';
    const address = local.startsWith('::ffff:') ? local.slice(7) : local;
    return `${req.protocol}://${isIP(address) === 6 ? `[${address}]` : address}:${req.socket.localPort}`;
  };
}
