import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  mimeTypeFor,
  resolveAssetPath,
  securityHeaders,
} from '../../../electron/main/app-protocol/assets';

export interface RunningServer {
  url: string;
  close(): Promise<void>;
}

/** Serves the built renderer on 127.0.0.1 with the same resolver and headers as app://. */
export async function serveRenderer(rootDir: string): Promise<RunningServer> {
  const server: Server = createServer((request, response) => {
    const pathname = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
    const filePath = resolveAssetPath(rootDir, pathname);
    if (filePath === null) {
      response.writeHead(404).end('Not found');
      return;
    }
    readFile(filePath).then(
      (body) => {
        response.writeHead(200, securityHeaders(mimeTypeFor(filePath))).end(body);
      },
      () => {
        response.writeHead(404).end('Not found');
      },
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${String(port)}/`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => {
          if (error) reject(error);
          else resolve();
        });
        server.closeAllConnections();
      }),
  };
}
