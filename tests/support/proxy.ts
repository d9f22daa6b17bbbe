/**
 * A recording proxy for the no-network test: Chromium is started with `--proxy-server` pointing here,
 * so any request that would leave the machine — from a page, a frame, the service worker, an
 * extension page or the browser itself — arrives here first. It is recorded and refused (HTTP 403;
 * a CONNECT tunnel is never opened), so nothing ever reaches the network.
 * Requests served by Playwright's `context.route` (the demo Ogust pages) never get here.
 */
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ProxiedRequest {
  /** `CONNECT` for an https tunnel, else the HTTP method. */
  method: string;
  /** `host:port` for CONNECT, else the absolute URL asked for. */
  target: string;
  /** The start of a plain-HTTP request's body (a tunnel's is never read). */
  body: string;
}

export interface RecordingProxy {
  /** `http://127.0.0.1:PORT`, for `--proxy-server`. */
  url: string;
  requests: ProxiedRequest[];
  close(): Promise<void>;
}

export async function startRecordingProxy(): Promise<RecordingProxy> {
  const requests: ProxiedRequest[] = [];
  const record = (req: IncomingMessage, body = '') =>
    requests.push({ method: req.method ?? '?', target: req.url ?? '', body });
  const server: Server = createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => {
      if (body.length < 10_000) body += c.toString('utf8');
    });
    req.on('end', () => {
      record(req, body);
      res.writeHead(403, { 'content-type': 'text/plain', connection: 'close' });
      res.end('bloqué par le test : aucune requête réseau');
    });
  });
  server.on('connect', (req: IncomingMessage, socket) => {
    record(req);
    socket.on('error', () => undefined);
    socket.end('HTTP/1.1 403 Forbidden\r\nConnection: close\r\n\r\n');
  });
  server.on('clientError', (_e, socket) => socket.destroy());
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise<void>((ok) => {
        server.closeAllConnections();
        server.close(() => ok());
      }),
  };
}
