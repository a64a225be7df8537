import { createInflate, type Inflate } from 'node:zlib';
import { WebSocket } from 'ws';

export interface GatewayPayload {
  op: number;
  t?: string | null;
  s?: number | null;
  d?: unknown;
}

/**
 * A bare gateway client for testing the double's protocol without discord.js: records every
 * payload and lets a test wait for the next one that matches.
 */
export class RawGatewayClient {
  readonly received: GatewayPayload[] = [];
  /** Frames that arrived compressed (binary). */
  binaryFrames = 0;
  readonly closed: Promise<{ code: number; reason: string }>;
  private consumed = 0;
  private readonly listeners = new Set<() => void>();
  private inflated = '';

  private constructor(
    private readonly socket: WebSocket,
    inflate: Inflate | null,
  ) {
    inflate?.on('data', (chunk: Buffer) => {
      this.inflated += chunk.toString('utf8');
      try {
        this.push(JSON.parse(this.inflated) as GatewayPayload);
        this.inflated = '';
      } catch {
        // Incomplete JSON: the rest of this payload is still in the inflater.
      }
    });
    socket.on('message', (data: Buffer, isBinary) => {
      if (isBinary) this.binaryFrames += 1;
      if (isBinary && inflate) inflate.write(data);
      else this.push(JSON.parse(data.toString()) as GatewayPayload);
    });
    this.closed = new Promise((resolve) => {
      socket.on('close', (code, reason) => {
        inflate?.destroy();
        resolve({ code, reason: reason.toString() });
        this.wake();
      });
    });
  }

  static async connect(url: string, query = '?v=10&encoding=json'): Promise<RawGatewayClient> {
    const socket = new WebSocket(`${url}${query}`);
    const client = new RawGatewayClient(socket, query.includes('compress=zlib-stream') ? createInflate() : null);
    await new Promise<void>((resolve, reject) => {
      socket.once('open', () => resolve());
      socket.once('error', reject);
    });
    return client;
  }

  send(payload: GatewayPayload): void {
    this.socket.send(JSON.stringify(payload));
  }

  /** Identifies and resolves with READY. */
  async identify(token: string, shard: [number, number] = [0, 1], intents = 1): Promise<GatewayPayload> {
    this.send({ op: 2, d: { token, intents, shard, properties: { os: 'linux', browser: 'raw', device: 'raw' } } });
    return this.next((payload) => payload.t === 'READY');
  }

  /** The next payload not yet returned by next() that matches; earlier non-matching ones are skipped. */
  next(matches: (payload: GatewayPayload) => boolean = () => true, timeoutMs = 2_000): Promise<GatewayPayload> {
    return new Promise((resolve, reject) => {
      const check = () => {
        while (this.consumed < this.received.length) {
          const payload = this.received[this.consumed] as GatewayPayload;
          this.consumed += 1;
          if (matches(payload)) {
            done();
            resolve(payload);
            return;
          }
        }
        if (this.socket.readyState === WebSocket.CLOSED) {
          done();
          reject(new Error('gateway closed before the expected payload arrived'));
        }
      };
      const timer = setTimeout(() => {
        done();
        reject(new Error(`no matching gateway payload within ${timeoutMs} ms`));
      }, timeoutMs);
      const done = () => {
        clearTimeout(timer);
        this.listeners.delete(check);
      };
      this.listeners.add(check);
      check();
    });
  }

  close(code = 1000): Promise<{ code: number; reason: string }> {
    this.socket.close(code);
    return this.closed;
  }

  /** Drops the TCP connection without a close frame. */
  terminate(): Promise<{ code: number; reason: string }> {
    this.socket.terminate();
    return this.closed;
  }

  private push(payload: GatewayPayload): void {
    this.received.push(payload);
    this.wake();
  }

  private wake(): void {
    for (const listener of [...this.listeners]) listener();
  }
}
