import { GatewayCloseCodes, GatewayDispatchEvents, GatewayOpcodes } from 'discord-api-types/v10';
import type { IncomingMessage } from 'node:http';
import { randomBytes } from 'node:crypto';
import { WebSocket } from 'ws';
import { PRIVILEGED_INTENTS_MASK } from './fixtures.ts';
import type { World } from './fixtures.ts';
import { guildCreatePayload, readyPayload } from './payloads.ts';
import type { Signal } from './signal.ts';

export interface GatewayOptions {
  world: World;
  token: string;
  heartbeatIntervalMs: number;
  signal: Signal;
  /** Advertised in READY; a distinct path so tests can see the client really used it. */
  resumeUrl: () => string;
}

export interface ReceivedGatewayPayload {
  at: number;
  op: number;
  d: unknown;
}

export interface IdentifyInfo {
  at: number;
  sessionId: string;
  intents: number;
  /** Request path and query the client connected with, e.g. `/?v=10&encoding=json`. */
  url: string;
}

export interface ResumeInfo {
  at: number;
  sessionId: string;
  /** The last sequence number the client had seen. */
  seq: number;
  /** Dispatches re-sent because the client missed them. */
  replayed: number;
  url: string;
  /** Which `dropConnection()` (1-based) this resume recovered from; 0 if none. */
  afterDrop: number;
}

interface Dispatch {
  op: GatewayOpcodes.Dispatch;
  t: string;
  s: number;
  d: unknown;
}

interface Session {
  id: string;
  seq: number;
  sent: Dispatch[];
  socket?: WebSocket;
}

/** Closing with these tells Discord the session is over; any other close keeps it resumable. */
const FINAL_CLOSE_CODES = new Set([1000, 1001]);

export class Gateway {
  readonly received: ReceivedGatewayPayload[] = [];
  readonly identifies: IdentifyInfo[] = [];
  readonly resumes: ResumeInfo[] = [];
  #drops = 0;
  /** Close codes for the next IDENTIFYs, in order (e.g. 4004: Discord rejecting the token). */
  readonly #identifyFailures: number[] = [];
  /** While set, new connections get no HELLO until `releaseHello()`, so a reconnecting bot stays reconnecting. */
  #holdHello = false;
  readonly #heldHellos: WebSocket[] = [];
  readonly #sessions = new Map<string, Session>();
  #current: Session | undefined;
  readonly #sockets = new Set<WebSocket>();

  constructor(private readonly options: GatewayOptions) {}

  get connected(): boolean {
    return this.#current?.socket?.readyState === WebSocket.OPEN;
  }

  accept(socket: WebSocket, req: IncomingMessage): void {
    this.#sockets.add(socket);
    socket.on('close', () => this.#sockets.delete(socket));
    const url = req.url ?? '/';
    const query = new URL(url, 'ws://fake').searchParams;
    // discord.js 14 connects with `?v=10&encoding=json`, plus `compress=zlib-stream` only if zlib-sync is installed.
    const unsupported =
      query.get('v') !== '10'
        ? 'fake-discord speaks gateway v10 only'
        : query.get('encoding') !== 'json'
          ? 'fake-discord speaks encoding=json only'
          : query.has('compress')
            ? 'fake-discord does not support transport compression (uninstall zlib-sync)'
            : undefined;
    if (unsupported) {
      socket.close(GatewayCloseCodes.InvalidAPIVersion, unsupported);
      return;
    }

    let session: Session | undefined;
    socket.on('message', (data) => {
      let payload: { op?: unknown; d?: unknown };
      try {
        payload = JSON.parse(data.toString()) as { op?: unknown; d?: unknown };
      } catch {
        socket.close(GatewayCloseCodes.DecodeError, 'Error while decoding payload.');
        return;
      }
      this.received.push({ at: Date.now(), op: Number(payload.op), d: payload.d });
      this.options.signal.notify();
      switch (payload.op) {
        case GatewayOpcodes.Heartbeat:
          socket.send(JSON.stringify({ op: GatewayOpcodes.HeartbeatAck }));
          return;
        case GatewayOpcodes.Identify:
          if (session) socket.close(GatewayCloseCodes.AlreadyAuthenticated, 'Already authenticated.');
          else session = this.#identify(socket, payload.d as { token?: string; intents?: number }, url);
          return;
        case GatewayOpcodes.Resume:
          if (session) socket.close(GatewayCloseCodes.AlreadyAuthenticated, 'Already authenticated.');
          else session = this.#resume(socket, payload.d as { token?: string; session_id?: string; seq?: number }, url);
          return;
        case GatewayOpcodes.PresenceUpdate:
        case GatewayOpcodes.VoiceStateUpdate:
        case GatewayOpcodes.RequestGuildMembers:
        case GatewayOpcodes.RequestSoundboardSounds:
          if (!session) socket.close(GatewayCloseCodes.NotAuthenticated, 'Not authenticated.');
          return;
        default:
          socket.close(GatewayCloseCodes.UnknownOpcode, 'Unknown opcode.');
      }
    });
    socket.on('close', (code) => {
      if (!session || session.socket !== socket) return;
      delete session.socket;
      if (FINAL_CLOSE_CODES.has(code)) {
        this.#sessions.delete(session.id);
        if (this.#current === session) this.#current = undefined;
      }
      this.options.signal.notify();
    });
    if (this.#holdHello) this.#heldHellos.push(socket);
    else this.#hello(socket);
  }

  #hello(socket: WebSocket): void {
    if (socket.readyState !== WebSocket.OPEN) return;
    socket.send(JSON.stringify({ op: GatewayOpcodes.Hello, d: { heartbeat_interval: this.options.heartbeatIntervalMs } }));
  }

  failNextIdentify(code: number): void {
    this.#identifyFailures.push(code);
  }

  holdHello(): void {
    this.#holdHello = true;
  }

  releaseHello(): void {
    this.#holdHello = false;
    for (const socket of this.#heldHellos.splice(0)) this.#hello(socket);
  }

  #identify(socket: WebSocket, d: { token?: string; intents?: number }, url: string): Session | undefined {
    const programmed = this.#identifyFailures.shift();
    if (programmed !== undefined) {
      socket.close(programmed, 'fake-discord: programmed identify failure');
      return undefined;
    }
    if (d.token !== this.options.token) {
      socket.close(GatewayCloseCodes.AuthenticationFailed, 'Authentication failed.');
      return undefined;
    }
    const intents = d.intents ?? 0;
    if (intents & PRIVILEGED_INTENTS_MASK & ~this.options.world.application.allowedPrivilegedIntents) {
      socket.close(GatewayCloseCodes.DisallowedIntents, 'Disallowed intent(s).');
      return undefined;
    }
    const session: Session = { id: randomBytes(16).toString('hex'), seq: 0, sent: [], socket };
    this.#sessions.set(session.id, session);
    this.#current = session;
    const { world } = this.options;
    this.#send(session, GatewayDispatchEvents.Ready, readyPayload(world, session.id, this.options.resumeUrl()));
    // Each guild listed unavailable in READY must follow, or discord.js waits 15 s before emitting ready.
    for (const guild of world.guilds.filter((g) => g.botIsMember)) {
      this.#send(session, GatewayDispatchEvents.GuildCreate, guildCreatePayload(guild, world));
    }
    this.identifies.push({ at: Date.now(), sessionId: session.id, intents, url });
    this.options.signal.notify();
    return session;
  }

  #resume(socket: WebSocket, d: { token?: string; session_id?: string; seq?: number }, url: string): Session | undefined {
    const session = this.#sessions.get(d.session_id ?? '');
    if (!session || d.token !== this.options.token) {
      // `false`: not resumable, the client must identify again.
      socket.send(JSON.stringify({ op: GatewayOpcodes.InvalidSession, d: false }));
      return undefined;
    }
    session.socket?.terminate();
    session.socket = socket;
    this.#current = session;
    const missed = session.sent.filter((dispatch) => dispatch.s > (d.seq ?? 0));
    for (const dispatch of missed) socket.send(JSON.stringify(dispatch));
    this.#send(session, GatewayDispatchEvents.Resumed, {});
    this.resumes.push({
      at: Date.now(),
      sessionId: session.id,
      seq: d.seq ?? 0,
      replayed: missed.length,
      url,
      afterDrop: this.#drops,
    });
    this.options.signal.notify();
    return session;
  }

  /** Sequenced and kept for replay; sent now only if the bot is connected. */
  #send(session: Session, t: string, d: unknown): number {
    const dispatch: Dispatch = { op: GatewayOpcodes.Dispatch, t, s: ++session.seq, d };
    session.sent.push(dispatch);
    if (session.socket?.readyState === WebSocket.OPEN) session.socket.send(JSON.stringify(dispatch));
    return dispatch.s;
  }

  /** While the bot is disconnected the event is buffered and replayed on resume, as Discord does. */
  dispatch(t: string, d: unknown): number {
    if (!this.#current) throw new Error('fake-discord: no gateway session; has the bot logged in?');
    return this.#send(this.#current, t, d);
  }

  /** Without a code the socket is destroyed with no close frame (the client sees 1006), like a network failure. */
  drop(code?: number): void {
    const socket = this.#current?.socket;
    if (!this.#current || !socket) throw new Error('fake-discord: the bot is not connected to the gateway');
    this.#drops++;
    delete this.#current.socket;
    if (code === undefined) socket.terminate();
    else socket.close(code, 'fake-discord dropped the connection');
  }

  /**
   * Probes for the resume recovering from the latest drop not yet resumed,
   * else from the next drop: safe to call before or after `dropConnection()`.
   */
  nextResume(): () => ResumeInfo | undefined {
    const latestResumed = this.#drops === 0 || this.resumes.some((r) => r.afterDrop === this.#drops);
    const target = latestResumed ? this.#drops + 1 : this.#drops;
    return () => this.resumes.find((r) => r.afterDrop === target);
  }

  closeAll(): void {
    for (const socket of this.#sockets) socket.terminate();
  }
}
