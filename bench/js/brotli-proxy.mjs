// scripts/serve.mjs as a production static host would serve it: a loopback proxy in front of it
// that answers with brotli (quality 11, compressed once at start, as a host serving precompressed
// files does) when the client accepts it, for the compressible types (HTML, JS, CSS, JSON, wasm,
// SVG, manifest). Everything else passes through unchanged.
import http from 'node:http';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';
import { serve } from '../../scripts/serve.mjs';

const COMPRESSIBLE = /\.(html|m?js|css|json|wasm|svg|webmanifest|txt)$/;

function precompress(root) {
  const cache = new Map();
  const walk = (dir) => {
    for (const f of readdirSync(dir)) {
      const p = path.join(dir, f);
      if (statSync(p).isDirectory()) walk(p);
      else if (COMPRESSIBLE.test(f)) {
        const urlPath = '/' + path.relative(root, p).split(path.sep).join('/');
        cache.set(urlPath, brotliCompressSync(readFileSync(p), { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }));
      }
    }
  };
  walk(root);
  cache.set('/', cache.get('/index.html'));
  return cache;
}

export async function serveBrotli(root) {
  const inner = await serve(root, 0);
  const cache = precompress(path.resolve(root));
  const proxy = http.createServer((req, res) => {
    http.get(new URL(req.url, inner.url), { headers: { accept: req.headers.accept || '*/*' } }, (up) => {
      const chunks = [];
      up.on('data', (c) => chunks.push(c));
      up.on('end', () => {
        const headers = { ...up.headers };
        let body = Buffer.concat(chunks);
        delete headers['content-length'];
        delete headers.connection;
        const pathname = decodeURIComponent(new URL(req.url, 'http://x').pathname);
        if (up.statusCode === 200 && /\bbr\b/.test(req.headers['accept-encoding'] || '') && cache.has(pathname)) {
          body = cache.get(pathname);
          headers['content-encoding'] = 'br';
          headers.vary = 'accept-encoding';
        }
        res.writeHead(up.statusCode, { ...headers, 'content-length': body.length }).end(body);
      });
    }).on('error', () => res.writeHead(502).end());
  });
  await new Promise((r) => proxy.listen(0, '127.0.0.1', r));
  return {
    url: `http://127.0.0.1:${proxy.address().port}/`,
    close: () => Promise.all([new Promise((r) => proxy.close(r)), new Promise((r) => inner.server.close(r))]),
  };
}
