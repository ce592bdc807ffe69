// Runs one of the project's entry points as a real process, the way a user
// or a script does, with an environment that ignores any local .env.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/**
 * The node arguments of `npm start` (package.json's start script), so tests
 * and the benchmark run the bot exactly as users do. `npm test` builds dist/ first.
 */
export function startArgs(): string[] {
  const scripts = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: { start: string } }).scripts;
  const [program, ...args] = scripts.start.split(/\s+/);
  if (program !== 'node') throw new Error(`the start script should run node, not ${program}`);
  return args;
}

export interface RunResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** An environment without Discord settings; empty values also shadow a developer's .env. */
export function cleanEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const key of Object.keys(env)) if (key.startsWith('DISCORD_') || key.startsWith('BRIEFING_')) delete env[key];
  return { ...env, DISCORD_TOKEN: '', DISCORD_APPLICATION_ID: '', DISCORD_GUILD_ID: '', DEFAULT_LANGUAGE: 'fr', ...extra };
}

interface RunOptions {
  input?: string;
  env?: Record<string, string>;
  /** Run as this user and group (needs root): to meet permissions root would ignore. */
  uid?: number;
  gid?: number;
  /** Arguments after the script, as `npm start -- <args>` passes them. */
  args?: readonly string[];
}

/** Runs a TypeScript entry point through tsx, as the npm scripts other than start do. */
export function runScript(script: string, args: readonly string[], options: RunOptions = {}): Promise<RunResult> {
  return run(['--import', 'tsx', script, ...args], options);
}

/** Runs the bot as `npm start` does (without the build step before it). */
export function runStart(options: RunOptions = {}): Promise<RunResult> {
  return run([...startArgs(), ...(options.args ?? [])], options);
}

function run(nodeArgs: readonly string[], options: RunOptions): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, nodeArgs, { cwd: ROOT, env: cleanEnv(options.env), uid: options.uid, gid: options.gid });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(options.input ?? '');
  });
}

export interface RunningProcess {
  /** Everything written so far on stdout and stderr. */
  readonly stdout: string;
  readonly stderr: string;
  /** Resolves once `test` holds for the output so far; rejects after `timeoutMs`. */
  waitFor(test: (stdout: string, stderr: string) => boolean, timeoutMs: number, what: string): Promise<void>;
  /** Types into its standard input, which stays open unless `input` was given. */
  write(text: string): void;
  kill(signal: NodeJS.Signals): void;
  readonly exited: Promise<number | null>;
}

/** Starts the bot as `npm start` does and keeps it running, for tests that watch it over time. */
export function spawnStart(options: RunOptions = {}): RunningProcess {
  const child = spawn(process.execPath, startArgs(), { cwd: ROOT, env: cleanEnv(options.env), uid: options.uid, gid: options.gid });
  let stdout = '';
  let stderr = '';
  const waiters = new Set<() => void>();
  const changed = () => {
    for (const waiter of [...waiters]) waiter();
  };
  child.stdout.on('data', (chunk: Buffer) => {
    stdout += chunk.toString();
    changed();
  });
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
    changed();
  });
  const exited = new Promise<number | null>((resolve) => child.on('close', resolve));
  void exited.then(changed);
  if (options.input !== undefined) child.stdin.end(options.input);
  return {
    get stdout() {
      return stdout;
    },
    get stderr() {
      return stderr;
    },
    waitFor(test, timeoutMs, what) {
      return new Promise((resolve, reject) => {
        const check = () => {
          if (!test(stdout, stderr)) return;
          clearTimeout(timer);
          waiters.delete(check);
          resolve();
        };
        const timer = setTimeout(() => {
          waiters.delete(check);
          reject(new Error(`timed out after ${timeoutMs} ms waiting for ${what}\nstdout: ${stdout}\nstderr: ${stderr}`));
        }, timeoutMs);
        waiters.add(check);
        check();
      });
    },
    write: (text) => child.stdin.write(text),
    kill: (signal) => child.kill(signal),
    exited,
  };
}
