// Kept apart from database.ts so that reporting a store error never loads
// the SQLite driver (the console and CLI run without it).
export class StoreError extends Error {
  override name = 'StoreError';
}
