// npm start compiles nothing while dist/ matches the sources, and notices
// when a source is newer than the last build.
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { changedSinceBuild, markBuilt } from '../src/build/freshness.ts';

const root = mkdtempSync(join(tmpdir(), 'build-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const at = (path: string, seconds: number) => utimesSync(join(root, path), seconds, seconds);

describe('freshness of the build', () => {
  mkdirSync(join(root, 'src', 'discord'), { recursive: true });
  mkdirSync(join(root, 'commands'));
  mkdirSync(join(root, 'dist'));
  writeFileSync(join(root, 'src', 'discord', 'start.ts'), '');
  writeFileSync(join(root, 'commands', 'ask.ts'), '');
  writeFileSync(join(root, 'tsconfig.json'), '{}');

  it('is stale until a build is marked, and current after', () => {
    expect(changedSinceBuild(root)).toBeDefined();
    markBuilt(root);
    for (const file of ['src/discord/start.ts', 'commands/ask.ts', 'tsconfig.json']) at(file, 1_000);
    at('dist/.build-stamp', 2_000);
    expect(changedSinceBuild(root)).toBeUndefined();
  });

  it('names the source changed since the build, wherever it is', () => {
    at('src/discord/start.ts', 3_000);
    expect(changedSinceBuild(root)).toBe(join('src', 'discord', 'start.ts'));
    at('src/discord/start.ts', 1_000);
    at('tsconfig.json', 3_000);
    expect(changedSinceBuild(root)).toBe('tsconfig.json');
  });
});
