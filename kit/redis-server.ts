import { spawn, type ChildProcess } from 'node:child_process';
import net from 'node:net';
import { waitUntil } from './wait.ts';

const REDIS_SERVER = '/usr/bin/redis-server';

/**
 * A private redis-server for one test. The machine's shared Redis on 6379 serves other tests, so
 * outages are staged on a server of our own: killed, restarted on the same port, or frozen.
 */
export class RedisServer {
  private process: ChildProcess | null = null;
  private frozen = false;

  private constructor(
    readonly port: number,
    /** With a password the server refuses every command until AUTH, as a production one would. */
    private readonly password: string | null,
  ) {}

  static async start(options: { password?: string } = {}): Promise<RedisServer> {
    const server = new RedisServer(await freePort(), options.password ?? null);
    await server.restart();
    return server;
  }

  /** The store URL, with the password percent-encoded as an operator would write it. */
  get url(): string {
    return this.password === null ? `redis://127.0.0.1:${this.port}` : this.urlWithPassword(this.password);
  }

  /** The URL with any password, right or wrong. */
  urlWithPassword(secret: string): string {
    return `redis://:${encodeURIComponent(secret)}@127.0.0.1:${this.port}`;
  }

  /** Starts (again) on the same port: clients that reconnect find it where it was. */
  async restart(): Promise<void> {
    if (this.process) throw new Error('redis-server is already running');
    const auth = this.password === null ? [] : ['--requirepass', this.password];
    const child = spawn(REDIS_SERVER, ['--port', String(this.port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', ...auth], { stdio: 'ignore' });
    this.process = child;
    const exited = new Promise<never>((_, reject) => child.once('exit', (code) => reject(new Error(`redis-server on ${this.port} exited with ${code}`))));
    exited.catch(() => undefined);
    await Promise.race([waitUntil(() => ping(this.port), `redis-server on port ${this.port} to answer PING`, 5_000), exited]);
  }

  /** The abrupt kind of outage: no goodbye to connected clients. */
  async kill(): Promise<void> {
    const child = this.process;
    if (!child) return;
    this.process = null;
    this.frozen = false;
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    child.kill('SIGKILL');
    await exited;
  }

  /** A stall: connections stay open but nothing is answered until thaw(). */
  freeze(): void {
    if (!this.process) throw new Error('redis-server is not running');
    this.process.kill('SIGSTOP');
    this.frozen = true;
  }

  thaw(): void {
    if (this.process && this.frozen) this.process.kill('SIGCONT');
    this.frozen = false;
  }

  async stop(): Promise<void> {
    this.thaw();
    await this.kill();
  }
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** True once the server answers PING; false while it refuses or is still starting. */
function ping(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1');
    let answer = '';
    const done = (ok: boolean) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(500, () => done(false));
    socket.once('error', () => done(false));
    socket.once('connect', () => socket.write('PING\r\n'));
    socket.on('data', (chunk) => {
      answer += chunk.toString();
      // A password-protected server answers -NOAUTH: it is up all the same.
      if (answer.includes('\r\n')) done(answer.startsWith('+PONG') || answer.startsWith('-NOAUTH'));
    });
  });
}
