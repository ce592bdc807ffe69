// Tables as both scripts print them: aligned plain text for a terminal, or
// Markdown for the README. Numbers are formatted before they get here.
export interface Table {
  title: string;
  columns: readonly string[];
  rows: readonly (readonly string[])[];
  /** Printed under the table: what a figure means, how it was obtained. */
  notes: readonly string[];
}

export type Format = 'text' | 'markdown';

export function formatFromArgs(argv: readonly string[]): Format {
  return argv.includes('--markdown') ? 'markdown' : 'text';
}

function renderText(table: Table): string {
  const widths = table.columns.map((column, i) => Math.max(column.length, ...table.rows.map((row) => (row[i] ?? '').length)));
  const line = (cells: readonly string[]) => cells.map((cell, i) => cell.padEnd(widths[i] ?? 0)).join('  ').trimEnd();
  return [
    table.title,
    '',
    line(table.columns),
    line(widths.map((w) => '-'.repeat(w))),
    ...table.rows.map(line),
    ...(table.notes.length > 0 ? ['', ...table.notes.map((note) => `  ${note}`)] : []),
  ].join('\n');
}

// A pipe would end the cell early; a newline would end the row.
const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

function renderMarkdown(table: Table): string {
  const row = (cells: readonly string[]) => `| ${cells.map(cell).join(' | ')} |`;
  return [
    `**${table.title}**`,
    '',
    row(table.columns),
    row(table.columns.map(() => '---')),
    ...table.rows.map(row),
    ...(table.notes.length > 0 ? ['', ...table.notes.map((note) => `- ${note}`)] : []),
  ].join('\n');
}

export function renderTable(table: Table, format: Format): string {
  return format === 'markdown' ? renderMarkdown(table) : renderText(table);
}

export function renderTables(tables: readonly Table[], format: Format): string {
  return `${tables.map((table) => renderTable(table, format)).join('\n\n')}\n`;
}

/** "91.3% (146/160)": a share always shows what it is a share of. */
export function ratio(count: number, of: number): string {
  if (of === 0) return '— (0/0)';
  return `${((100 * count) / of).toFixed(1)}% (${count}/${of})`;
}

/** Milliseconds with the precision that matters at their size: 0.042 ms, 3.18 ms, 41.7 ms, 1234 ms. */
export function formatMs(ms: number): string {
  const digits = ms < 1 ? 3 : ms < 10 ? 2 : ms < 100 ? 1 : 0;
  return `${ms.toFixed(digits)} ms`;
}
