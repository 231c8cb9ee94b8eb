/**
 * A minimal WebDriver BiDi client over one WebSocket (`ws`): commands with ids, replies
 * matched to them, events dispatched by name. Enough to drive Firefox ESR, which
 * playwright-core cannot.
 */
import WebSocket from 'ws';
import { withTimeout } from './wait';

type EventHandler = (params: Record<string, unknown>) => void;

export class BidiConnection {
  private nextId = 1;
  private pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void; method: string }>();
  private handlers = new Map<string, EventHandler[]>();

  private constructor(private socket: WebSocket) {
    socket.on('message', (data) => this.receive(JSON.parse(String(data)) as Record<string, unknown>));
    // After the browser is killed the socket may error; pending commands are rejected on close.
    socket.on('error', (error) => console.error(`[bidi] ${error.message}`));
    socket.on('close', () => {
      for (const p of this.pending.values()) p.reject(new Error(`BiDi connection closed during ${p.method}`));
      this.pending.clear();
    });
  }

  static async connect(url: string): Promise<BidiConnection> {
    const socket = new WebSocket(url);
    await withTimeout(new Promise<void>((resolve, reject) => {
      socket.once('open', () => resolve());
      socket.once('error', reject);
    }), 30_000, `connecting to ${url}`);
    return new BidiConnection(socket);
  }

  /** Sends a command and resolves with its result (rejects with the BiDi error). */
  send<T = Record<string, unknown>>(method: string, params: object = {}, timeoutMs = 60_000): Promise<T> {
    const id = this.nextId++;
    const reply = new Promise<T>((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (v: unknown) => void, reject, method });
    });
    this.socket.send(JSON.stringify({ id, method, params }));
    return withTimeout(reply, timeoutMs, `BiDi ${method}`).finally(() => this.pending.delete(id));
  }

  on(event: string, handler: EventHandler): void {
    this.handlers.set(event, [...(this.handlers.get(event) ?? []), handler]);
  }

  close(): void {
    this.socket.close();
  }

  private receive(message: Record<string, unknown>): void {
    if (typeof message.id === 'number') {
      const p = this.pending.get(message.id);
      if (!p) return;
      if (message.type === 'error') p.reject(new Error(`BiDi ${p.method}: ${String(message.error)}: ${String(message.message)}`));
      else p.resolve(message.result);
      return;
    }
    if (message.type === 'event' && typeof message.method === 'string') {
      for (const handler of this.handlers.get(message.method) ?? []) handler(message.params as Record<string, unknown>);
    }
  }
}
