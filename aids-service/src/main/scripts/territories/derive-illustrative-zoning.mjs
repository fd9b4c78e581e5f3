// Derives the Flyway migration V6__seed_illustrative_zoning.sql: an ILLUSTRATIVE zoning for six
// departments (02 Aisne, 33 Gironde, 34 Hérault, 41 Loir-et-Cher, 46 Lot, 48 Lozère), used for
// demonstration and tests. It is NOT any official zoning (ARS arrêtés, mountain, FRR or QPV lists):
// the real files must be imported over it.
//
// Usage: node derive-illustrative-zoning.mjs <unpacked-package>/data [--date=YYYY-MM-DD]
// (same @etalab/decoupage-administratif data folder as derive-territories.mjs).
//
// Rule. Nothing is random: every choice uses the commune's population, its department, fixed
// lists below, and bucket(salt, insee) = FNV-1a 32-bit hash of "<salt>:<insee>" modulo 100
// (a number 0..99, one independent salt per layer).
//   DOCTOR (PROFESSION_ZONING, from 2018-01-01), by population band, then FIXED_DOCTOR_ZONES wins:
//     population >= 20000: HORS_ZONAGE
//     5000..19999:         ZAC if bucket < 40, else HORS_ZONAGE
//     1000..4999:          ZIP if bucket < 25, ZAC if bucket < 60, else HORS_ZONAGE
//     < 1000:              ZIP if bucket < 40, ZAC if bucket < 75, else HORS_ZONAGE
//   NURSE (PROFESSION_ZONING, from 2020-01-01): level = NURSE_BASE_LEVEL[department], minus one if
//     bucket < 20, plus one if bucket >= 80, on the scale TRES_SOUS_DOTEE(0) .. SUR_DOTEE(4).
//   MOUNTAIN (from 1985-01-09): every commune of 48, plus the MOUNTAIN_COMMUNES listed for 34 and 46.
//   FRR (from 2024-07-01): communes under 3500 inhabitants with bucket < FRR_SHARE[department];
//     FRR_PLUS instead of FRR when the commune has fewer than 100 inhabitants.
//   QPV (from 2024-01-01, partial): the QPV_COMMUNES listed below.

import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { byCode, insertStatements, migrationPath, parseArguments, readJson } from './script-support.mjs';

const OUTPUT = migrationPath('V6__seed_illustrative_zoning.sql');

const DEPARTMENTS = ['02', '33', '34', '41', '46', '48'];

// Fixed points the tests rely on; they override the DOCTOR population rule.
const FIXED_DOCTOR_ZONES = {
  '48095': ['Mende', 'ZAC'],
  '48092': ['Marvejols', 'HORS_ZONAGE'],
  '48080': ['Langogne', 'ZIP'],
  '34172': ['Montpellier', 'HORS_ZONAGE'],
  '02408': ['Laon', 'ZIP'],
  '02691': ['Saint-Quentin', 'ZIP'],
  '41018': ['Blois', 'ZAC'],
};
const DOCTOR_ZONE_CODES = { ZIP: '1_ZIP', ZAC: '2_ZAC', HORS_ZONAGE: '6_HZ' };

const NURSE_LEVELS = ['TRES_SOUS_DOTEE', 'SOUS_DOTEE', 'INTERMEDIAIRE', 'TRES_DOTEE', 'SUR_DOTEE'];
const NURSE_BASE_LEVEL = { '02': 1, '41': 1, '46': 2, '48': 2, '33': 3, '34': 3 };

// Hérault: Larzac and Lodévois heights, Séranne/Buèges, Haut-Languedoc (Espinouse, Caroux, Somail).
// Lot: the Ségala around Latronquière, on the edge of the Massif central.
const MOUNTAIN_COMMUNES = {
  '34019': 'Avène', '34046': 'Cambon-et-Salvergues', '34055': 'Castanet-le-Haut',
  '34060': 'Causse-de-la-Selle', '34064': 'Le Caylar', '34071': 'Ceilhes-et-Rocozels',
  '34083': 'Combes', '34086': 'Courniou', '34091': 'Le Cros', '34100': 'Ferrières-Poussarou',
  '34107': 'Fraisse-sur-Agout', '34117': 'Graissessac', '34121': 'Joncels',
  '34195': 'Pégairolles-de-Buèges', '34196': "Pégairolles-de-l'Escalette", '34229': 'Riols',
  '34230': 'Les Rives', '34231': 'Romiguières', '34233': 'Roqueredonde', '34235': 'Rosis',
  '34238': 'Saint-André-de-Buèges', '34252': 'Saint-Étienne-Estréchoux',
  '34253': "Saint-Félix-de-l'Héras", '34257': 'Saint-Geniès-de-Varensal',
  '34260': 'Saint-Gervais-sur-Mare', '34264': 'Saint-Jean-de-Buèges',
  '34277': 'Saint-Maurice-Navacelles', '34278': 'Saint-Michel', '34283': 'Saint-Pierre-de-la-Fage',
  '34291': "Saint-Vincent-d'Olargues", '34293': 'La Salvetat-sur-Agout', '34303': 'Sorbs',
  '34305': 'Le Soulié', '34317': 'La Vacquerie-et-Saint-Martin-de-Castries',
  '34331': 'Verreries-de-Moussans',
  '46125': 'Gorses', '46135': 'Labastide-du-Haut-Mont', '46146': 'Ladirat', '46160': 'Latronquière',
  '46161': 'Lauresses', '46203': 'Montet-et-Bouxal', '46244': 'Sabadel-Latronquière',
  '46255': 'Saint-Cirgues', '46269': 'Saint-Hilaire', '46282': 'Saint-Médard-Nicourby',
  '46302': 'Sénaillac-Latronquière', '46311': 'Sousceyrac-en-Quercy', '46314': 'Terrou',
  '46338': 'Bessonies',
};

// Percentage of communes under 3500 inhabitants classed FRR, by department.
const FRR_SHARE = { '48': 90, '46': 80, '02': 55, '41': 40, '34': 25, '33': 15 };

const QPV_COMMUNES = {
  '02691': 'Saint-Quentin', '02408': 'Laon', '02722': 'Soissons', '33063': 'Bordeaux',
  '33281': 'Mérignac', '34172': 'Montpellier', '34032': 'Béziers', '34301': 'Sète',
  '41018': 'Blois', '46042': 'Cahors', '48095': 'Mende',
};

const DISCLAIMER =
  'Zonage ILLUSTRATIF pour la démonstration et les tests : ce n\'est PAS l\'arrêté de l\'ARS ' +
  '(ni aucune liste officielle) ; il doit être remplacé par l\'import du fichier officiel. ' +
  '/ ILLUSTRATIVE zoning for demonstration and tests: this is NOT the ARS arrêté ' +
  '(nor any official list); it must be replaced by importing the official file.';

// FNV-1a, 32 bits, over the (ASCII) characters of "<salt>:<insee>", reduced to 0..99.
function bucket(salt, insee) {
  let hash = 0x811c9dc5;
  for (const char of `${salt}:${insee}`) {
    hash ^= char.charCodeAt(0);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash % 100;
}

function doctorZone(commune) {
  if (FIXED_DOCTOR_ZONES[commune.code]) return FIXED_DOCTOR_ZONES[commune.code][1];
  const population = commune.population ?? 0;
  const b = bucket('doctor', commune.code);
  if (population >= 20000) return 'HORS_ZONAGE';
  if (population >= 5000) return b < 40 ? 'ZAC' : 'HORS_ZONAGE';
  if (population >= 1000) return b < 25 ? 'ZIP' : b < 60 ? 'ZAC' : 'HORS_ZONAGE';
  return b < 40 ? 'ZIP' : b < 75 ? 'ZAC' : 'HORS_ZONAGE';
}

function nurseLevel(commune) {
  const b = bucket('nurse', commune.code);
  const level = NURSE_BASE_LEVEL[commune.departement] + (b < 20 ? -1 : b >= 80 ? 1 : 0);
  return NURSE_LEVELS[Math.min(Math.max(level, 0), NURSE_LEVELS.length - 1)];
}

function frrZone(commune) {
  const population = commune.population ?? 0;
  if (population >= 3500 || bucket('frr', commune.code) >= FRR_SHARE[commune.departement]) return null;
  return population < 100 ? 'FRR_PLUS' : 'FRR';
}

// Each layer: the import row and one assignment per commune concerned.
function buildLayers(communes) {
  const layer = (id, name, profession, validFrom, rule, assign) => ({
    id, name, profession, validFrom, rule,
    assignments: communes.map((commune) => {
      const zone = assign(commune);
      return zone && { insee: commune.code, ...zone };
    }).filter(Boolean),
  });
  const zone = (zoneType, zoneCode = zoneType, partial = false) => ({ zoneType, zoneCode, partial });

  return [
    layer(1, 'PROFESSION_ZONING', 'DOCTOR', '2018-01-01',
      'ZIP/ZAC/hors zonage from population bands and a fixed hash of the INSEE code',
      (c) => { const type = doctorZone(c); return zone(type, DOCTOR_ZONE_CODES[type]); }),
    layer(2, 'PROFESSION_ZONING', 'NURSE', '2020-01-01',
      'five levels from a per-department base level and a fixed hash of the INSEE code',
      (c) => zone(nurseLevel(c))),
    layer(3, 'MOUNTAIN', null, '1985-01-09',
      'all communes of 48, a chosen list in 34 and 46',
      (c) => (c.departement === '48' || MOUNTAIN_COMMUNES[c.code] ? zone('MONTAGNE') : null)),
    layer(4, 'FRR', null, '2024-07-01',
      'a share of the communes under 3500 inhabitants, per department; FRR_PLUS under 100 inhabitants',
      (c) => { const type = frrZone(c); return type && zone(type); }),
    layer(5, 'QPV', null, '2024-01-01',
      'the main towns, partial (QPV are sub-communal)',
      (c) => (QPV_COMMUNES[c.code] ? zone('QPV', 'QPV', true) : null)),
  ];
}

function checkListedNames(communesByCode) {
  const lists = [
    ...Object.entries(FIXED_DOCTOR_ZONES).map(([code, [name]]) => [code, name]),
    ...Object.entries(MOUNTAIN_COMMUNES),
    ...Object.entries(QPV_COMMUNES),
  ];
  for (const [code, name] of lists) {
    const commune = communesByCode.get(code);
    if (!commune || commune.nom !== name) {
      throw new Error(`${code} should be ${name}, data says ${commune ? commune.nom : 'no such commune'}`);
    }
  }
}

function checkFixedPoints(layers) {
  const zoneOf = (layerId, insee) =>
    layers[layerId - 1].assignments.find((a) => a.insee === insee)?.zoneType ?? null;
  const expectations = [
    ['48095', 'ZAC', 'MONTAGNE'], ['48092', 'HORS_ZONAGE', 'MONTAGNE'], ['48080', 'ZIP', 'MONTAGNE'],
    ['34172', 'HORS_ZONAGE', null], ['02408', 'ZIP'], ['41018', 'ZAC'], ['02691', 'ZIP'],
  ];
  for (const [insee, doctor, mountain] of expectations) {
    if (zoneOf(1, insee) !== doctor) throw new Error(`Fixed point broken: ${insee} DOCTOR ${zoneOf(1, insee)}`);
    if (mountain !== undefined && zoneOf(3, insee) !== mountain) {
      throw new Error(`Fixed point broken: ${insee} MOUNTAIN ${zoneOf(3, insee)}`);
    }
  }
}

function render(layers, source, date) {
  const header = [
    '-- ILLUSTRATIVE zoning seed for departments ' + DEPARTMENTS.join(', ') + ' (demonstration and tests).',
    '-- NOT the ARS arrêtés nor any official list: replace it by importing the official files.',
    `-- Communes from npm package ${source.name}@${source.version} (licence: ${source.license}).`,
    `-- Generated on ${date} by:`,
    `--   node aids-service/src/main/scripts/territories/derive-illustrative-zoning.mjs <unpacked>/package/data --date=${date}`,
    '-- The deterministic rule is documented in that script and in the README next to it.',
    '-- Do not edit by hand: change the script and regenerate (as a new migration once this one is applied).',
    ...layers.map((l) =>
      `-- Import ${l.id}: ${l.name}${l.profession ? ' ' + l.profession : ''}, ${l.assignments.length} communes.`),
    '',
  ].join('\n');

  const imports = insertStatements('zoning_import',
    ['id', 'layer', 'profession', 'valid_from', 'source', 'illustrative', 'imported_by', 'row_count'],
    layers.map((l) => [l.id, l.name, l.profession, l.validFrom, `${DISCLAIMER} Règle / rule: ${l.rule}.`,
      true, 'seed', l.assignments.length]));

  const assignments = insertStatements('zone_assignment',
    ['import_id', 'insee', 'layer', 'profession', 'zone_code', 'zone_type', 'partial', 'valid_from', 'valid_to'],
    layers.flatMap((l) => l.assignments.map((a) =>
      [l.id, a.insee, l.name, l.profession, a.zoneCode, a.zoneType, a.partial, l.validFrom, null])));

  return [
    header,
    imports,
    assignments,
    `SELECT setval('zoning_import_id_seq', ${layers.length});\n`,
  ].join('\n');
}

const { dataDir, date } = parseArguments('derive-illustrative-zoning.mjs', process.argv.slice(2));
const source = readJson(join(dataDir, '..', 'package.json'));
const communes = readJson(join(dataDir, 'communes.json'))
  .filter((c) => c.type === 'commune-actuelle' && DEPARTMENTS.includes(c.departement))
  .sort(byCode);

checkListedNames(new Map(communes.map((c) => [c.code, c])));
const layers = buildLayers(communes);
checkFixedPoints(layers);
writeFileSync(OUTPUT, render(layers, source, date));

console.log(`Wrote ${OUTPUT} (${communes.length} communes)`);
for (const l of layers) {
  const counts = {};
  for (const a of l.assignments) counts[a.zoneType] = (counts[a.zoneType] ?? 0) + 1;
  console.log(`  ${l.id} ${l.name} ${l.profession ?? ''}: ${l.assignments.length} ${JSON.stringify(counts)}`);
}
