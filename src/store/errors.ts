// Kept apart from database.ts so that reporting a store error never loads
// the SQLite driver (the console and CLI run without it).
import { OperatorError } from '../errors.ts';

export class StoreError extends OperatorError {
  override name = 'StoreError';
}
