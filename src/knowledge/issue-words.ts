// A validation problem in a curator's words. The schemas carry their own
// messages where a rule needs explaining ("must be a date written
// YYYY-MM-DD"); zod's generic ones ("Invalid input: expected string,
// received number") are rewritten here from the issue itself, with the value
// found when it helps.
import type { z } from 'zod';

const KIND: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  tuple: 'a list',
  object: 'a set of fields (name: value)',
  date: 'a date',
};

function describe(value: unknown): string {
  if (value === null) return 'empty';
  if (Array.isArray(value)) return 'a list';
  switch (typeof value) {
    case 'string':
      return `the text "${value.length > 40 ? `${value.slice(0, 40)}…` : value}"`;
    case 'number':
    case 'boolean':
      return `${KIND[typeof value]} (${String(value)})`;
    case 'object':
      return 'a set of fields';
    default:
      return String(value);
  }
}

const quoteList = (values: readonly unknown[]) => values.map((v) => String(v)).join(', ');

/** Zod's own messages start like this; a schema's custom message never does. */
const GENERIC = /^(Invalid|Too (small|big)|Unrecognized)/;

/** `value` is what the file holds where the issue points (undefined when absent). */
export function plainIssue(issue: z.core.$ZodIssue, value: unknown): string {
  if (!GENERIC.test(issue.message)) return issue.message;
  switch (issue.code) {
    case 'invalid_type':
      if (value === undefined) return 'is missing';
      return `must be ${KIND[issue.expected] ?? issue.expected}, not ${describe(value)}`;
    case 'invalid_value':
      return `must be one of ${quoteList(issue.values)}, not ${describe(value)}`;
    case 'unrecognized_keys':
      return `${issue.keys.length === 1 ? 'unknown field' : 'unknown fields'} ${issue.keys.map((k) => `"${k}"`).join(', ')}: check the spelling, or remove it`;
    case 'too_small':
      return issue.origin === 'array' ? `needs at least ${String(issue.minimum)} item${issue.minimum === 1 ? '' : 's'}` : `must be at least ${String(issue.minimum)}`;
    case 'too_big':
      return issue.origin === 'array' ? `may have at most ${String(issue.maximum)} items` : `must be at most ${String(issue.maximum)}`;
    case 'invalid_format':
      return `is not a valid ${issue.format}`;
    default:
      return `is not valid here (${describe(value)})`;
  }
}
