// Opens the SQLite database, creating its folder and bringing its schema up
// to date. Only src/store imports better-sqlite3. Problems at start-up name
// the file and say what to do.
import Database from 'better-sqlite3';
import { accessSync, constants, existsSync, mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { StoreError } from './errors.ts';

export type SqliteDatabase = Database.Database;

export { StoreError };

/** Each migration runs once, in order; PRAGMA user_version records how many have run. */
export const MIGRATIONS: readonly string[] = [
  `CREATE TABLE briefing_settings (
     guild_id      TEXT PRIMARY KEY,
     channel_id    TEXT NOT NULL,
     time          TEXT NOT NULL,
     timezone      TEXT NOT NULL,
     language      TEXT NOT NULL CHECK (language IN ('fr', 'en')),
     enabled       INTEGER NOT NULL DEFAULT 1,
     active_from   TEXT NOT NULL,
     paused_reason TEXT,
     paused_detail TEXT,
     source        TEXT NOT NULL CHECK (source IN ('command', 'environment')),
     updated_at    TEXT NOT NULL
   );
   CREATE TABLE briefing_deliveries (
     guild_id        TEXT NOT NULL,
     local_date      TEXT NOT NULL,
     channel_id      TEXT NOT NULL,
     status          TEXT NOT NULL CHECK (status IN ('pending', 'posted', 'failed')),
     nonce           TEXT NOT NULL,
     message_id      TEXT,
     fact_id         TEXT,
     quote_id        TEXT,
     error           TEXT,
     attempts        INTEGER NOT NULL DEFAULT 0,
     next_attempt_at TEXT,
     updated_at      TEXT NOT NULL,
     PRIMARY KEY (guild_id, local_date)
   );`,
  // Set while an attempt is posting: one still set at start-up was cut short by a crash.
  `ALTER TABLE briefing_deliveries ADD COLUMN in_flight INTEGER NOT NULL DEFAULT 0;`,
  // Vietnamese briefings. SQLite cannot change a CHECK constraint in place: the table is rebuilt.
  `CREATE TABLE briefing_settings_next (
     guild_id      TEXT PRIMARY KEY,
     channel_id    TEXT NOT NULL,
     time          TEXT NOT NULL,
     timezone      TEXT NOT NULL,
     language      TEXT NOT NULL CHECK (language IN ('fr', 'en', 'vi')),
     enabled       INTEGER NOT NULL DEFAULT 1,
     active_from   TEXT NOT NULL,
     paused_reason TEXT,
     paused_detail TEXT,
     source        TEXT NOT NULL CHECK (source IN ('command', 'environment')),
     updated_at    TEXT NOT NULL
   );
   INSERT INTO briefing_settings_next SELECT * FROM briefing_settings;
   DROP TABLE briefing_settings;
   ALTER TABLE briefing_settings_next RENAME TO briefing_settings;`,
];

/** Who the bot runs as, for messages about file permissions. */
function runningAs(): string {
  return typeof process.getuid === 'function' ? ` (user id ${process.getuid()})` : '';
}

function canWrite(path: string): boolean {
  try {
    accessSync(path, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

export function openDatabase(path: string): SqliteDatabase {
  const file = resolve(path);
  const folder = dirname(file);
  try {
    mkdirSync(folder, { recursive: true });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'EACCES' || code === 'EPERM' || code === 'EROFS' ? 'permission denied' : (error as Error).message;
    throw new StoreError(
      `Cannot create the folder ${folder} for the database (DATABASE_PATH): ${why}. Create it and give the bot's user${runningAs()} write access, or set DATABASE_PATH to a file in a writable folder.`,
    );
  }
  // SQLite writes its journal (-wal, -shm) beside the file, so the folder must be writable too.
  if (!canWrite(folder)) {
    throw new StoreError(
      `The folder ${folder} of the database (DATABASE_PATH) is not writable by the bot's user${runningAs()}: give that user write access to it, or set DATABASE_PATH to a file in a writable folder.`,
    );
  }
  if (existsSync(file) && !canWrite(file)) {
    throw new StoreError(
      `The database ${file} (DATABASE_PATH) is not writable by the bot's user${runningAs()}: give that user write access to it, or set DATABASE_PATH to another file.`,
    );
  }
  let db: SqliteDatabase | undefined;
  try {
    db = new Database(file);
    db.pragma('journal_mode = WAL');
    db.pragma('busy_timeout = 5000');
    db.pragma('foreign_keys = ON');
    const integrity = db.pragma('quick_check', { simple: true });
    if (integrity !== 'ok') throw new Error(`integrity check failed: ${String(integrity)}`);
    migrate(db);
    return db;
  } catch (error) {
    db?.close();
    const code = (error as { code?: unknown }).code;
    if (code === 'SQLITE_READONLY' || code === 'SQLITE_CANTOPEN' || code === 'SQLITE_PERM') {
      throw new StoreError(
        `The database ${file} (DATABASE_PATH) cannot be opened for writing (${code}): check that the bot's user${runningAs()} can write to it and to its folder, and that the disk is not mounted read-only.`,
      );
    }
    throw new StoreError(
      `The database ${file} cannot be used (${(error as Error).message}). ` +
        'If it is damaged, restore it from a backup or move it aside to start afresh (briefing settings would then need to be set again).',
    );
  }
}

function migrate(db: SqliteDatabase): void {
  const version = db.pragma('user_version', { simple: true }) as number;
  if (version > MIGRATIONS.length) {
    throw new Error(`it was written by a newer version of the bot (schema ${version}, this version knows ${MIGRATIONS.length})`);
  }
  db.transaction(() => {
    for (let v = version; v < MIGRATIONS.length; v++) db.exec(MIGRATIONS[v] as string);
    db.pragma(`user_version = ${MIGRATIONS.length}`);
  })();
}
