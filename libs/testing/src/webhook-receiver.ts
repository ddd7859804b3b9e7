import { createServer, IncomingMessage, Server, ServerResponse } from 'node:http';
import { AddressInfo } from 'node:net';

export interface ReceivedRequest {
  headers: IncomingMessage['headers'];
  body: string;
  at: number;
}

/** A local newsroom endpoint: records what it receives and answers as the test tells it to. */
export class WebhookReceiver {
  readonly received: ReceivedRequest[] = [];
  private server?: Server;
  /** Decides each answer; 204 by default. */
  respond: (request: ReceivedRequest, response: ServerResponse) => void = (_request, response) => {
    response.statusCode = 204;
    response.end();
  };

  /** Listens on `port` (any free one when not given) and returns the URL to subscribe. */
  async start(port = 0): Promise<string> {
    this.server = createServer((request, response) => {
      const chunks: Buffer[] = [];
      request.on('data', (chunk: Buffer) => chunks.push(chunk));
      request.on('end', () => {
        const received = { headers: request.headers, body: Buffer.concat(chunks).toString('utf8'), at: Date.now() };
        this.received.push(received);
        this.respond(received, response);
      });
    });
    await new Promise<void>((resolve) => this.server!.listen(port, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/hooks`;
  }

  async stop(): Promise<void> {
    if (!this.server) return;
    this.server.closeAllConnections();
    await new Promise((resolve) => this.server!.close(resolve));
  }
}
