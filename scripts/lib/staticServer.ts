/**
 * A small static file server for the built app (dist/), used by the browser tests, the screenshot
 * script and the benchmarks. It serves under a sub-path (default /atlas/) to prove the build works
 * from any sub-path, gzips text responses as a real host would, and listens on a free port.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { AddressInfo } from 'node:net';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.csv': 'text/csv; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

export interface StaticServer {
  /** The URL the app is served at, ending in "/" (e.g. http://127.0.0.1:40123/atlas/). */
  url: string;
  server: Server;
  close(): Promise<void>;
}

export interface StaticServerOptions {
  root: string;
  /** Path prefix the app lives under; "/" for the root. */
  base?: string;
  /** Extra headers on every response (e.g. a Content-Security-Policy). */
  headers?: Record<string, string>;
  /** Files outside root served at fixed paths (e.g. an embedding test page). */
  extra?: Record<string, { type: string; body: string }>;
}

/** Starts the server on 127.0.0.1 and a free port. */
export async function startStaticServer(options: StaticServerOptions): Promise<StaticServer> {
  const root = resolve(options.root);
  const base = options.base ?? '/atlas/';
  const cache = new Map<string, { body: Buffer; gzip: Buffer | null }>();

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const extra = options.extra?.[url.pathname];
    if (extra) {
      res.writeHead(200, { 'content-type': extra.type, 'cache-control': 'no-store' });
      res.end(extra.body);
      return;
    }
    if (!url.pathname.startsWith(base)) {
      res.writeHead(url.pathname === base.replace(/\/$/, '') ? 301 : 404, { location: base });
      res.end();
      return;
    }
    let relative = decodeURIComponent(url.pathname.slice(base.length)) || 'index.html';
    if (relative.endsWith('/')) relative += 'index.html';
    const file = normalize(join(root, relative));
    if (!file.startsWith(root)) {
      res.writeHead(403).end();
      return;
    }
    let entry = cache.get(file);
    if (!entry) {
      try {
        if (!(await stat(file)).isFile()) throw new Error('not a file');
        const body = await readFile(file);
        const type = TYPES[extname(file)] ?? 'application/octet-stream';
        entry = { body, gzip: /text|json|svg|javascript/.test(type) ? gzipSync(body) : null };
        cache.set(file, entry);
      } catch {
        res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
        return;
      }
    }
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    const gzip = entry.gzip && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
    res.writeHead(200, {
      'content-type': type,
      'cache-control': 'no-cache',
      ...(gzip ? { 'content-encoding': 'gzip', vary: 'accept-encoding' } : {}),
      ...options.headers,
    });
    res.end(gzip ? entry.gzip : entry.body);
  }

  const server = createServer((req, res) => {
    handle(req, res).catch(() => {
      if (!res.headersSent) res.writeHead(500);
      res.end();
    });
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${base}`,
    server,
    close: () => new Promise((done) => server.close(() => done())),
  };
}
