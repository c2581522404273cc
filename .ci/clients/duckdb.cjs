// DuckDB (npm @duckdb/node-api) against the Parquet export.
//   node duckdb.cjs check DIR   — panel.parquet and panel_wide.parquet have the declared column types
//   node duckdb.cjs run FILE    — runs the SQL in FILE (a docs snippet) and prints what it returns
'use strict';
const fs = require('fs');
const path = require('path');
const { DuckDBInstance } = require('@duckdb/node-api');

const expected = {
  panel: { year: 'BIGINT', territory_num: 'BIGINT', defacto_index: 'DOUBLE', as_of: 'DATE', exists: 'BOOLEAN', codebook_version: 'VARCHAR', parent_cow: 'BIGINT' },
  panel_wide: { year: 'BIGINT', pr_defacto_index: 'DOUBLE', cm_defacto_index: 'DOUBLE', as_of: 'DATE', codebook_version: 'VARCHAR' },
  events: { date_text: 'VARCHAR', date_start: 'DATE', date_end: 'DATE' },
};

(async () => {
  const [mode, target] = process.argv.slice(2);
  const con = await (await DuckDBInstance.create(':memory:')).connect();
  let failures = 0;
  if (mode === 'check') {
    for (const [table, columns] of Object.entries(expected)) {
      const file = path.join(target, `${table}.parquet`).replace(/'/g, "''");
      const rows = (await con.runAndReadAll(`DESCRIBE SELECT * FROM read_parquet('${file}')`)).getRowObjectsJS();
      const types = Object.fromEntries(rows.map(r => [r.column_name, r.column_type]));
      for (const [column, type] of Object.entries(columns)) {
        if (types[column] !== type) { failures++; console.log(`  FAIL DuckDB: ${table}.${column} is ${types[column]}, expected ${type}`); }
      }
      const count = (await con.runAndReadAll(`SELECT count(*)::INTEGER AS n FROM read_parquet('${file}')`)).getRowObjectsJS()[0].n;
      console.log(`  DuckDB: ${table}.parquet ${count} rows, ${rows.length} columns`);
    }
  } else {
    const sql = fs.readFileSync(target, 'utf8');
    const reader = await con.runAndReadAll(sql);
    const rows = reader.getRowObjectsJS();
    console.log(`  DuckDB: ${rows.length} row(s); first: ${JSON.stringify(rows[0], (k, v) => typeof v === 'bigint' ? Number(v) : v)}`);
    if (rows.length === 0) failures++;
  }
  process.exit(failures === 0 ? 0 : 1);
})().catch(e => { console.log(`  FAIL DuckDB: ${e.message}`); process.exit(1); });
