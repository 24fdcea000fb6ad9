// The one page other sites may frame: /embed replaces the app-wide "frame-ancestors 'none'" policy with its own
// CSP (framable anywhere, but still only its own scripts and its own origin's API), and drops X-Frame-Options.
import type { Response } from 'express';

const EMBED_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
  'frame-ancestors *',
].join('; ');

export function allowFraming(res: Response): void {
  res.removeHeader('X-Frame-Options');
  res.setHeader('Content-Security-Policy', EMBED_CSP);
  res.setHeader('Cross-Origin-Resource-Policy', 'cross-origin');
}

/** Pictures and the loader script are loaded by pages of other origins (no-cors): let them. */
export function allowCrossOriginUse(res: Response): void {
  res.setHeader('Cross-Origin-Resource-Policy', 'cross-origin');
}
