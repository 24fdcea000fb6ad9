// CORS for the read-only API: any site may GET (the data is public and the embed's hosts are unknown), while
// writes (POST /api/cypher, /api/import, /api/stories) and their preflights answer no CORS at all, so browsers on
// other origins cannot call them.
import type { RequestHandler } from 'express';

export const readOnlyCors: RequestHandler = (req, res, next) => {
  if (req.method === 'GET' || req.method === 'HEAD') {
    res.setHeader('Access-Control-Allow-Origin', '*');
    return next();
  }
  if (req.method === 'OPTIONS' && req.get('Access-Control-Request-Method') === 'GET') {
    res.setHeader('Access-Control-Allow-Origin', '*');
    res.setHeader('Access-Control-Allow-Methods', 'GET, HEAD');
    res.setHeader('Access-Control-Max-Age', '86400');
    return void res.status(204).end();
  }
  next();
};
