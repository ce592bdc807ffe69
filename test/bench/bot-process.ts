// A bot in its own process, started by an npm script as a server owner starts
// it (`npm start`, or `npm run bench:floor` for the floor), logged into a fake
// Discord. Figures are read from the node process npm starts (its pid found
// under npm in /proc), and the fake timestamps the gateway IDENTIFY.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import type { FakeDiscord } from '../fake-discord/index.ts';
import { fakeEnv } from '../support/discord-bot.ts';
import { ROOT, cleanEnv } from '../support/run.ts';

const READY_TIMEOUT_MS = 20_000;

export interface BotProcess {
  /** The node process running the bot (npm's grandchild), when /proc can tell; else npm's own pid. */
  pid: number;
  /** From spawning npm to the fake receiving the bot's first IDENTIFY. */
  identifyMs: number;
  /** From spawning npm to the bot's "ready" log line. */
  readyMs: number;
  /** SIGTERM, then the exit code. */
  stop(): Promise<number | null>;
}

/** npm as the bench was started with (npm run bench), else the one on PATH. */
function npmCommand(args: readonly string[]): [string, string[]] {
  const cli = process.env.npm_execpath;
  return cli && cli.endsWith('.js') ? [process.execPath, [cli, ...args]] : ['npm', [...args]];
}

function parentOf(pid: number): number | undefined {
  try {
    // The command name (field 2) may hold spaces; the fields after its closing parenthesis do not.
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
  } catch {
    return undefined;
  }
}

/** The node process under `root` whose command line contains `marker` (not the shell npm runs it with). */
function descendantRunning(root: number, marker: string): number | undefined {
  if (!existsSync('/proc')) return undefined;
  for (const name of readdirSync('/proc')) {
    const pid = Number(name);
    if (!Number.isInteger(pid)) continue;
    let cmdline: string;
    try {
      cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
    } catch {
      continue;
    }
    const [program = ''] = cmdline.split('\0');
    if (!cmdline.includes(marker) || !/(^|\/)node$/.test(program)) continue;
    for (let p: number | undefined = parentOf(pid); p !== undefined && p > 1; p = parentOf(p)) if (p === root) return pid;
  }
  return undefined;
}

export interface SpawnRequest {
  /** The npm script: `start` or `bench:floor`. */
  script: string;
  /** A piece of the node command line the script runs, to find its process. */
  marker: string;
  fake: FakeDiscord;
  /** Added to its environment. */
  env?: Record<string, string>;
}

export function spawnBot({ script, marker, fake, env }: SpawnRequest): Promise<BotProcess> {
  const identifiesBefore = fake.identifies.length;
  const spawnedAt = Date.now();
  const [command, args] = npmCommand(['run', '--silent', script]);
  const child = spawn(command, args, { cwd: ROOT, env: cleanEnv(fakeEnv(fake, env)), stdio: ['ignore', 'pipe', 'pipe'] });
  const exited = new Promise<number | null>((resolve) => child.once('close', resolve));
  return new Promise((resolve, reject) => {
    let stdout = '';
    let stderr = '';
    let ready = false;
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`npm run ${script} did not log "ready" within ${READY_TIMEOUT_MS} ms:\n${stderr}`));
    }, READY_TIMEOUT_MS);
    // Logs keep being read after ready, or a full pipe would stall the bot.
    child.stdout.on('data', (chunk: Buffer) => {
      if (ready) return;
      stdout += chunk.toString();
      if (!stdout.includes('"msg":"ready"')) return;
      ready = true;
      const readyMs = Date.now() - spawnedAt;
      clearTimeout(timer);
      const identify = fake.identifies[identifiesBefore];
      if (!identify) {
        reject(new Error(`npm run ${script} logged ready without identifying`));
        return;
      }
      const pid = descendantRunning(child.pid as number, marker) ?? (child.pid as number);
      resolve({
        pid,
        identifyMs: identify.at - spawnedAt,
        readyMs,
        stop: () => {
          // To the bot itself, as a process manager signals it: npm's shell does not pass signals on.
          process.kill(pid, 'SIGTERM');
          return exited;
        },
      });
    });
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.once('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    void exited.then((code) => {
      if (ready) return;
      clearTimeout(timer);
      reject(new Error(`npm run ${script} exited (${code}) before logging "ready":\n${stderr}`));
    });
  });
}

export interface ProcessUsage {
  /** Resident set size now, MB. */
  rssMB: number;
  /** Highest resident set size so far, MB. */
  peakMB: number;
  /** CPU time used so far (user + system), ms. */
  cpuMs: number;
}

/** Clock ticks per second of /proc/<pid>/stat's CPU times (USER_HZ: 100 on Linux). */
const USER_HZ = 100;

/** Undefined where /proc does not exist (anything but Linux). */
export function processUsage(pid: number): ProcessUsage | undefined {
  const statusPath = `/proc/${pid}/status`;
  if (!existsSync(statusPath)) return undefined;
  const status = readFileSync(statusPath, 'utf8');
  const kB = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN);
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  // utime and stime are fields 14 and 15 of stat, 12 and 13 after the command name.
  const ticks = Number(fields[11]) + Number(fields[12]);
  return { rssMB: kB('VmRSS') / 1024, peakMB: kB('VmHWM') / 1024, cpuMs: (ticks * 1000) / USER_HZ };
}
