import { createServer } from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer } from 'ws';
import type { WebSocket } from 'ws';
import { send } from './http.ts';

export interface ServerHandlers {
  rest: (req: IncomingMessage, res: ServerResponse) => Promise<void>;
  gateway: (socket: WebSocket, req: IncomingMessage) => void;
}

export interface RunningServer {
  port: number;
  close: () => Promise<void>;
}

/** One port serves both REST and the gateway: every WebSocket upgrade is a gateway connection. */
export async function listen(port: number, handlers: ServerHandlers): Promise<RunningServer> {
  const server = createServer((req, res) => {
    handlers.rest(req, res).catch((error: unknown) => {
      // A bug in the fake, not a simulated Discord failure: make it loud.
      console.error('fake-discord: internal error', error);
      if (!res.headersSent) send(res, 500, { message: '500: Internal Server Error', code: 0 }, {});
    });
  });
  const wss = new WebSocketServer({ noServer: true });
  server.on('upgrade', (req, socket, head) => {
    wss.handleUpgrade(req, socket, head, (ws) => handlers.gateway(ws, req));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });

  let closing: Promise<void> | undefined;
  return {
    port: (server.address() as AddressInfo).port,
    close: () =>
      (closing ??= new Promise<void>((resolve) => {
        for (const client of wss.clients) client.terminate();
        wss.close();
        // undici keeps REST connections alive; without this, close() waits for them to time out.
        server.closeAllConnections();
        server.close(() => resolve());
      })),
  };
}
