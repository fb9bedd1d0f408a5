// scripts/serve.mjs as a production static host would serve it: a loopback proxy in front of it
// that answers with brotli (quality 11, compressed once at start, as a host serving precompressed
// files does) when the client accepts it, for the compressible types (HTML, JS, CSS, JSON, wasm,
// SVG, manifest). Everything else passes through unchanged.
// With { tls: true } the proxy speaks HTTPS with HTTP/2 (and HTTP/1.1 for clients without it),
// with a throw-away self-signed certificate for 127.0.0.1 made by `openssl` at start (browsers
// are told to ignore certificate errors): a portal with a service worker is only ever deployed
// over HTTPS, where hosts speak HTTP/2, and Lighthouse's simulation models the two differently
// (one connection, no new handshakes for the page's files).
import { execFileSync } from 'node:child_process';
import http from 'node:http';
import http2 from 'node:http2';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
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

function selfSignedCertificate() {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'canbao-bench-tls-'));
  try {
    execFileSync('openssl', ['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes',
      '-subj', '/CN=127.0.0.1', '-addext', 'subjectAltName=IP:127.0.0.1', '-days', '2',
      '-keyout', path.join(dir, 'key.pem'), '-out', path.join(dir, 'cert.pem')], { stdio: 'ignore' });
    return { key: readFileSync(path.join(dir, 'key.pem')), cert: readFileSync(path.join(dir, 'cert.pem')) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function serveBrotli(root, { tls = false } = {}) {
  const inner = await serve(root, 0);
  const cache = precompress(path.resolve(root));
  const handler = (req, res) => {
    http.get(new URL(req.url, inner.url), { headers: { accept: req.headers.accept || '*/*' } }, (up) => {
      const chunks = [];
      up.on('data', (c) => chunks.push(c));
      up.on('end', () => {
        const headers = { ...up.headers };
        let body = Buffer.concat(chunks);
        // hop-by-hop headers: not allowed in HTTP/2, recomputed in HTTP/1.1
        for (const h of ['content-length', 'connection', 'keep-alive', 'transfer-encoding']) delete headers[h];
        const pathname = decodeURIComponent(new URL(req.url, 'http://x').pathname);
        if (up.statusCode === 200 && /\bbr\b/.test(req.headers['accept-encoding'] || '') && cache.has(pathname)) {
          body = cache.get(pathname);
          headers['content-encoding'] = 'br';
          headers.vary = 'accept-encoding';
        }
        res.writeHead(up.statusCode, { ...headers, 'content-length': body.length });
        res.end(body);
      });
    }).on('error', () => { res.writeHead(502); res.end(); });
  };
  const proxy = tls
    ? http2.createSecureServer({ ...selfSignedCertificate(), allowHTTP1: true }, handler)
    : http.createServer(handler);
  await new Promise((r) => proxy.listen(0, '127.0.0.1', r));
  return {
    url: `${tls ? 'https' : 'http'}://127.0.0.1:${proxy.address().port}/`,
    close: () => Promise.all([new Promise((r) => proxy.close(r)), new Promise((r) => inner.server.close(r))]),
  };
}
