import type { ServerResponse } from 'node:http';

/** The open pages, each holding a server-sent events stream, told the version after a rebuild. */
export class LiveEvents {
  private readonly clients = new Set<ServerResponse>();

  add(response: ServerResponse, version: number): void {
    response.writeHead(200, {
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-store',
      connection: 'keep-alive',
    });
    // The page compares this with its own version, so a rebuild it missed still reloads it.
    response.write(`retry: 500\n${message(version)}`);
    this.clients.add(response);
    response.on('close', () => this.clients.delete(response));
  }

  send(version: number): void {
    for (const client of this.clients) client.write(message(version));
  }

  closeAll(): void {
    for (const client of this.clients) client.end();
    this.clients.clear();
  }

  get size(): number {
    return this.clients.size;
  }
}

function message(version: number): string {
  return `event: rebuilt\ndata: ${version}\n\n`;
}
