// Derives the Flyway migration V5__seed_territories.sql (regions, departments, communes and
// former commune codes) from the JSON files of the npm package @etalab/decoupage-administratif.
//
// Usage: node derive-territories.mjs <unpacked-package>/data [--date=YYYY-MM-DD]
//
// The output depends only on the input files and on the date written in the header, so running
// it again with the same package version and the same --date gives a byte-identical file (Flyway
// checksums the migration: once applied, it must not change).

import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { byCode, insertStatements, migrationPath, parseArguments, readJson } from './script-support.mjs';

const OUTPUT = migrationPath('V5__seed_territories.sql');

// The package also lists the overseas collectivities (zone "com": 975, 977, 978, 984, 986-989) as
// pseudo-regions and pseudo-departments. They are not departments, so they are left out, together
// with their communes. Kept: metropolitan France ("metro") and the five overseas departments ("drom").
const KEPT_ZONES = new Set(['metro', 'drom']);

function derive(dataDir) {
  const regions = readJson(join(dataDir, 'regions.json'))
    .filter((region) => KEPT_ZONES.has(region.zone))
    .sort(byCode);
  const regionCodes = new Set(regions.map((region) => region.code));

  const departments = readJson(join(dataDir, 'departements.json'))
    .filter((department) => KEPT_ZONES.has(department.zone))
    .sort(byCode);
  for (const department of departments) {
    if (!regionCodes.has(department.region)) {
      throw new Error(`Department ${department.code} refers to unknown region ${department.region}`);
    }
  }
  const departmentCodes = new Set(departments.map((department) => department.code));

  // communes.json also holds communes déléguées / associées and the municipal arrondissements of
  // Paris, Lyon and Marseille; only current communes are seeded.
  const allCurrent = readJson(join(dataDir, 'communes.json')).filter((c) => c.type === 'commune-actuelle');
  const communes = allCurrent.filter((c) => departmentCodes.has(c.departement)).sort(byCode);
  const skipped = allCurrent.filter((c) => !departmentCodes.has(c.departement));
  const communeCodes = new Set(communes.map((c) => c.code));
  if (communeCodes.size !== communes.length) throw new Error('Duplicate commune code in communes.json');

  // Former codes: one row per distinct (former, current) pair; a code listed as its own former code
  // is ignored.
  const formerPairs = new Map();
  for (const commune of communes) {
    for (const former of commune.anciensCodes ?? []) {
      if (former !== commune.code) formerPairs.set(`${former} ${commune.code}`, [former, commune.code]);
    }
  }
  const formerCodes = [...formerPairs.values()].sort(([fa, ia], [fb, ib]) =>
    fa < fb ? -1 : fa > fb ? 1 : ia < ib ? -1 : ia > ib ? 1 : 0);

  return { regions, departments, communes, skipped, formerCodes };
}

function render({ regions, departments, communes, skipped, formerCodes }, source, date) {
  const header = [
    '-- Territories seed: regions, departments, current communes and their former INSEE codes.',
    `-- Source: npm package ${source.name}@${source.version} (licence: ${source.license}),`,
    '--         files data/regions.json, data/departements.json, data/communes.json.',
    `-- Generated on ${date} by:`,
    `--   npm pack ${source.name}@${source.version} && tar xzf *.tgz`,
    `--   node aids-service/src/main/scripts/territories/derive-territories.mjs <unpacked>/package/data --date=${date}`,
    '-- Do not edit by hand: change the script and regenerate (as a new migration once this one is applied).',
    `-- Content: ${regions.length} regions, ${departments.length} departments, ${communes.length} communes, ` +
      `${formerCodes.length} former codes.`,
    `-- Left out: overseas collectivities (not departments) and their ${skipped.length} communes.`,
    '',
  ].join('\n');

  return [
    header,
    insertStatements('region', ['code', 'name'], regions.map((r) => [r.code, r.nom])),
    insertStatements('department', ['code', 'name', 'region_code'],
      departments.map((d) => [d.code, d.nom, d.region])),
    insertStatements('commune', ['insee', 'name', 'department_code', 'population'],
      communes.map((c) => [c.code, c.nom, c.departement, c.population ?? null])),
    insertStatements('commune_former_code', ['former_insee', 'insee'], formerCodes),
  ].join('\n');
}

const { dataDir, date } = parseArguments('derive-territories.mjs', process.argv.slice(2));
const packageJson = readJson(join(dataDir, '..', 'package.json'));
const territories = derive(dataDir);
writeFileSync(OUTPUT, render(territories, packageJson, date));

console.log(`Wrote ${OUTPUT}`);
console.log(`  regions ${territories.regions.length}, departments ${territories.departments.length}, ` +
  `communes ${territories.communes.length}, former codes ${territories.formerCodes.length}`);
console.log(`  skipped communes (department not kept): ${territories.skipped.length}`);
