import { createHash, generateKeyPairSync, sign } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * The organization's policy server: a real HTTP server on 127.0.0.1 serving a policy document
 * and its detached Ed25519 signature, with ETags, which a test can change, tamper with or stop.
 */
export interface PolicyServer {
  readonly url: string;
  readonly publicKey: string;
  /** Publishes a new document, correctly signed. */
  publish(document: object): void;
  /** Changes the served document but keeps the old signature, as an attacker would. */
  tamper(document: object): void;
  setDown(isDown: boolean): void;
  close(): Promise<void>;
}

export async function startPolicyServer(): Promise<PolicyServer> {
  const keys = generateKeyPairSync('ed25519');
  let body = '{}';
  let signature = '';
  let isDown = false;

  const server: Server = createServer((request, response) => {
    if (isDown) {
      request.socket.destroy();
      return;
    }

    const etag = `"${createHash('sha256').update(body).digest('hex').slice(0, 16)}"`;
    if (request.url === '/ai-policy.json.sig') {
      response.writeHead(200, { 'Content-Type': 'text/plain' }).end(signature);
    } else if (request.url !== '/ai-policy.json') {
      response.writeHead(404).end();
    } else if (request.headers['if-none-match'] === etag) {
      response.writeHead(304, { ETag: etag }).end();
    } else {
      response.writeHead(200, { 'Content-Type': 'application/json', ETag: etag }).end(body);
    }
  });

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const signBody = (text: string) =>
    sign(null, Buffer.from(text), keys.privateKey).toString('base64');

  return {
    url: `http://127.0.0.1:${port}/ai-policy.json`,
    publicKey: keys.publicKey.export({ type: 'spki', format: 'der' }).toString('base64'),
    publish(document) {
      body = JSON.stringify(document);
      signature = signBody(body);
    },
    tamper(document) {
      body = JSON.stringify(document);
    },
    setDown(down) {
      isDown = down;
    },
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => {
          resolve();
        });
      }),
  };
}
