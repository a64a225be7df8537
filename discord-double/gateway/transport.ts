import { constants as zlibConstants, createDeflate, deflateSync, type Deflate } from 'node:zlib';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { WebSocket } from 'ws';

const SYNC_FLUSH_SUFFIX = Buffer.from([0x00, 0x00, 0xff, 0xff]);

/**
 * Puts gateway payloads on the wire: plain JSON text, or Discord's two compressions. discord.js
 * only asks for `compress=zlib-stream` when zlib-sync is installed, and for identify `compress: true`
 * when it wanted compression without zlib-sync.
 */
export class GatewayTransport {
  /** Set by IDENTIFY `compress: true`: every later payload is its own zlib blob. */
  identifyCompress = false;
  private readonly stream: Deflate | null;
  private streamOutput: Buffer[] = [];
  private queue: Promise<void> = Promise.resolve();

  constructor(
    private readonly socket: WebSocket,
    compression: 'zlib-stream' | null,
  ) {
    this.stream = compression === 'zlib-stream' ? createDeflate() : null;
    this.stream?.on('data', (chunk: Buffer) => this.streamOutput.push(chunk));
  }

  send(payload: unknown): void {
    const json = JSON.stringify(payload);
    // Chained so compressed frames leave in the order they were produced.
    this.queue = this.queue
      .then(async () => {
        const frame = await this.encode(json);
        if (this.socket.readyState === WebSocket.OPEN) this.socket.send(frame);
      })
      .catch((error: unknown) => console.error('[discord-double] gateway send failed', error));
  }

  /** Resolves once everything queued so far has been handed to the socket. */
  flushed(): Promise<void> {
    return this.queue;
  }

  close(): void {
    this.stream?.destroy();
  }

  private async encode(json: string): Promise<string | Buffer> {
    if (this.stream) return this.deflateShared(this.stream, json);
    if (this.identifyCompress) return deflateSync(json);
    return json;
  }

  /** zlib-stream: one deflate context for the whole connection, each payload ending in a sync flush. */
  private async deflateShared(stream: Deflate, json: string): Promise<Buffer> {
    stream.write(json);
    await new Promise<void>((resolve) => stream.flush(zlibConstants.Z_SYNC_FLUSH, () => resolve()));
    // 'data' events for the flushed bytes may still be a turn away from the flush callback.
    for (let turn = 0; turn < 10; turn += 1) {
      const output = Buffer.concat(this.streamOutput);
      if (output.subarray(-4).equals(SYNC_FLUSH_SUFFIX)) {
        this.streamOutput = [];
        return output;
      }
      await nextTurn();
    }
    throw new Error('zlib-stream flush produced no sync marker');
  }
}
