// Validates DeFacto exports with Frictionless's JavaScript implementation (npm "datapackage", which
// uses "tableschema"): every package descriptor against the Data Package v1 profiles, then the data.
// CSV resources are read by the library itself with types cast, primary keys checked for uniqueness
// and foreign keys resolved against the referenced resources. JSON and Parquet resources are read
// (Parquet through DuckDB) and every row is cast with the resource's Table Schema, with the same key
// checks. Workbook sheets are checked in Python (pandas cannot be avoided for xlsx; see load_xlsx.py).
// Usage: node validate.cjs DIR...   (each DIR an export folder with a datapackage.json)
'use strict';
const path = require('path');
const fs = require('fs');
const { Package } = require('datapackage');
const { Schema } = require('tableschema');

let failures = 0;
const fail = (where, message) => { failures++; console.log(`  FAIL ${where}: ${message}`); };

async function parquetRows(file, names) {
  const { DuckDBInstance } = require('@duckdb/node-api');
  const db = await DuckDBInstance.create(':memory:');
  const con = await db.connect();
  const cols = names.map(n => `CAST("${n}" AS VARCHAR) AS "${n}"`).join(', ');
  const reader = await con.runAndReadAll(`SELECT ${cols} FROM read_parquet('${file.replace(/'/g, "''")}')`);
  return reader.getRowObjectsJS().map(o => names.map(n => o[n] ?? ''));
}

function jsonRows(file, names) {
  const data = JSON.parse(fs.readFileSync(file, 'utf8'));
  return data.map(o => names.map(n => (o[n] === null || o[n] === undefined) ? '' : (typeof o[n] === 'string' ? o[n] : JSON.stringify(o[n]))));
}

// Casts every row with the schema and checks the primary key; returns the cast rows for key look-ups.
function castAll(schema, rows, where) {
  const seen = new Set();
  const cast = [];
  rows.forEach((row, i) => {
    try {
      const values = schema.castRow(row);
      const key = JSON.stringify(schema.primaryKey.map(k => values[schema.fieldNames.indexOf(k)]));
      if (schema.primaryKey.length && seen.has(key)) fail(where, `row ${i + 2}: primary key ${key} repeated`);
      seen.add(key);
      cast.push(values);
    } catch (e) {
      fail(where, `row ${i + 2}: ${(e.errors || [e]).map(x => x.message).join('; ')}`);
    }
  });
  return cast;
}

async function checkPackage(dir) {
  const descriptor = path.join(dir, 'datapackage.json');
  const pkg = await Package.load(descriptor);
  if (!pkg.valid) {
    pkg.errors.forEach(e => fail(descriptor, e.message));
    (pkg.resources || []).forEach(r => (r.errors || []).forEach(e => fail(`${descriptor} resource ${r.name}`, e.message)));
    return;
  }
  const format = JSON.parse(fs.readFileSync(descriptor, 'utf8')).defacto.format;
  const tabular = pkg.resources.filter(r => r.tabular);
  let rows = 0;
  if (format === 'csv') {
    for (const r of tabular) {
      try {
        rows += (await r.read({ relations: true })).length;
      } catch (e) {
        const errors = e.multiple ? e.errors : [e];
        fail(`${dir}/${r.descriptor.path}`, errors.map(x => x.message || x.name || String(x)).slice(0, 5).join('; ') + (e.rowNumber ? ` (row ${e.rowNumber})` : ''));
      }
    }
  } else if (format === 'json' || format === 'parquet') {
    const data = {};
    for (const r of tabular) {
      const file = path.join(dir, r.descriptor.path);
      // The library reads only CSV itself; its Table Schema casts the rows read here.
      const schema = await Schema.load(r.descriptor.schema);
      const names = schema.fieldNames;
      const raw = format === 'json' ? jsonRows(file, names) : await parquetRows(file, names);
      data[r.name] = { schema, path: r.descriptor.path, rows: castAll(schema, raw, `${dir}/${r.descriptor.path}`) };
      rows += raw.length;
    }
    for (const { schema, path: file, rows: cast } of Object.values(data)) {
      const names = schema.fieldNames;
      for (const fk of schema.foreignKeys) {
        const target = data[fk.reference.resource];
        if (!target) { fail(file, `foreign key to missing resource ${fk.reference.resource}`); continue; }
        const refIndex = fk.reference.fields.map(f => target.schema.fieldNames.indexOf(f));
        const keys = new Set(target.rows.map(v => JSON.stringify(refIndex.map(i => v[i]))));
        const index = fk.fields.map(f => names.indexOf(f));
        cast.forEach((v, i) => {
          const key = index.map(j => v[j]);
          if (key.every(k => k === null)) return;
          if (!keys.has(JSON.stringify(key))) fail(`${dir}/${file}`, `row ${i + 2}: ${fk.fields} ${key} not in ${fk.reference.resource}`);
        });
      }
    }
  }
  // Every file the package lists exists, with the size it declares.
  for (const r of pkg.resources) {
    const file = path.join(dir, r.descriptor.path);
    if (!fs.existsSync(file)) { fail(descriptor, `${r.descriptor.path} is missing`); continue; }
    if (r.descriptor.bytes !== undefined && fs.statSync(file).size !== r.descriptor.bytes) fail(descriptor, `${r.descriptor.path}: bytes differ`);
  }
  console.log(`  ${dir}: descriptor valid (Data Package v1) (${format}), ${tabular.length} tabular resources${rows ? `, ${rows} rows cast and key-checked` : ''}`);
}

(async () => {
  for (const dir of process.argv.slice(2)) {
    try { await checkPackage(dir); } catch (e) { fail(dir, e.stack || e.message); }
  }
  process.exit(failures === 0 ? 0 : 1);
})();
