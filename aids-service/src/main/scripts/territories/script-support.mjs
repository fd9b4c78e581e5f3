// What the seed scripts beside this file share: their command line, reading the package's JSON
// and writing sorted, chunked, deterministic SQL into the Flyway migration folder.

import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const MIGRATION_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../resources/db/migration');
const ROWS_PER_INSERT = 1000;

export const migrationPath = (fileName) => resolve(MIGRATION_DIR, fileName);

// <unpacked-package>/data [--date=YYYY-MM-DD]; the date goes into the header and defaults to today.
export function parseArguments(scriptName, argv) {
  const positional = argv.filter((arg) => !arg.startsWith('--'));
  const dateOption = argv.find((arg) => arg.startsWith('--date='));
  if (positional.length !== 1) {
    console.error(`Usage: node ${scriptName} <unpacked-package>/data [--date=YYYY-MM-DD]`);
    process.exit(2);
  }
  const date = dateOption ? dateOption.slice('--date='.length) : new Date().toISOString().slice(0, 10);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) {
    console.error(`Invalid --date: ${date}`);
    process.exit(2);
  }
  return { dataDir: positional[0], date };
}

export const readJson = (path) => JSON.parse(readFileSync(path, 'utf8'));

export const byCode = (a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0);

function sqlValue(value) {
  if (value === null || value === undefined) return 'NULL';
  if (typeof value === 'boolean') return String(value);
  if (typeof value === 'number') {
    if (!Number.isInteger(value)) throw new Error(`Unexpected non-integer number: ${value}`);
    return String(value);
  }
  return `'${String(value).replaceAll("'", "''")}'`;
}

// One multi-row INSERT per chunk of ROWS_PER_INSERT rows.
export function insertStatements(table, columns, rows) {
  const statements = [];
  for (let start = 0; start < rows.length; start += ROWS_PER_INSERT) {
    const values = rows
      .slice(start, start + ROWS_PER_INSERT)
      .map((row) => `(${row.map(sqlValue).join(', ')})`)
      .join(',\n');
    statements.push(`INSERT INTO ${table} (${columns.join(', ')}) VALUES\n${values};\n`);
  }
  return statements.join('\n');
}
