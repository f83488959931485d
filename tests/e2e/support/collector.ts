import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export type CollectorMode = 'up' | 'down' | 'hang';

interface ReceivedEvent {
  readonly id: string;
  readonly [field: string]: unknown;
}

/**
 * The organization's collector, as a real HTTP server on 127.0.0.1. It can be up (200), down
 * (503) or hanging (no answer), and keeps every request body it was sent.
 */
export interface Collector {
  readonly url: string;
  readonly bodies: string[];
  readonly headers: IncomingMessage['headers'][];
  setMode(mode: CollectorMode): void;
  /** Every event received, in order, duplicates included. */
  events(): ReceivedEvent[];
  close(): Promise<void>;
}

export async function startCollector(): Promise<Collector> {
  const bodies: string[] = [];
  const headers: IncomingMessage['headers'][] = [];
  let mode: CollectorMode = 'up';
  const hanging = new Set<() => void>();

  const server: Server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      if (mode === 'hang') {
        hanging.add(() => response.destroy());
        return;
      }

      if (mode === 'down') {
        response.writeHead(503).end();
        return;
      }

      bodies.push(Buffer.concat(chunks).toString('utf8'));
      headers.push(request.headers);
      response.writeHead(200, { 'Content-Type': 'application/json' }).end('{"ok":true}');
    });
  });

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}/ingest`,
    bodies,
    headers,
    setMode(next) {
      mode = next;
      if (next !== 'hang') {
        for (const drop of hanging) drop();
        hanging.clear();
      }
    },
    events: () =>
      bodies.flatMap((body) => (JSON.parse(body) as { events: ReceivedEvent[] }).events),
    close: () =>
      new Promise((resolve) => {
        for (const drop of hanging) drop();
        server.closeAllConnections();
        server.close(() => {
          resolve();
        });
      }),
  };
}
