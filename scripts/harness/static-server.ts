import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server as HttpServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import { headersFor, parseHeadersFile, type HeaderRule } from '../../src/lib/security-policy';
import { root } from './server';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.ics': 'text/calendar; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
  '.mp4': 'video/mp4',
  '.webm': 'video/webm',
  '.vtt': 'text/vtt; charset=utf-8',
};

// What hosts compress: text formats, SVG and WebAssembly; images, fonts and video are compressed already.
const COMPRESSIBLE = /^(text\/|application\/(json|xml|wasm)|image\/svg)/;

export interface StaticServer {
  url: string;
  stop(): Promise<void>;
}

/**
 * Serves dist/ the way a _headers-aware static host does (Netlify, Cloudflare Pages): files as
 * they are, directories through their index.html, unknown paths with 404.html, text gzip-compressed
 * when the client accepts it, and on every response the headers that dist/_headers assigns to its path.
 */
export function startStaticServer(dist = join(root, 'dist')): Promise<StaticServer> {
  const rules: HeaderRule[] = parseHeadersFile(readFileSync(join(dist, '_headers'), 'utf8'));
  const server: HttpServer = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    const file = normalize(join(dist, path));
    const send = (status: number, target: string) => {
      const type = TYPES[extname(target)] ?? 'application/octet-stream';
      const compress = COMPRESSIBLE.test(type) && /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
      const body = compress ? gzipSync(readFileSync(target)) : readFileSync(target);
      response.writeHead(status, {
        ...headersFor(path, rules),
        'Content-Type': type,
        ...(compress && { 'Content-Encoding': 'gzip', Vary: 'Accept-Encoding' }),
      });
      response.end(request.method === 'HEAD' ? undefined : body);
    };
    if (!file.startsWith(dist)) return send(404, join(dist, '404.html'));
    if (existsSync(file) && statSync(file).isDirectory()) {
      if (!path.endsWith('/')) {
        response.writeHead(301, { ...headersFor(path, rules), Location: `${path}/` });
        return response.end();
      }
      const index = join(file, 'index.html');
      return existsSync(index) ? send(200, index) : send(404, join(dist, '404.html'));
    }
    if (existsSync(file)) return send(200, file);
    return send(404, join(dist, '404.html'));
  });
  return new Promise((done) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      done({
        url: `http://127.0.0.1:${port}`,
        stop: () => new Promise<void>((closed) => server.close(() => closed())),
      });
    });
  });
}
