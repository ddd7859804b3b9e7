/**
 * The repeat fingerprint's cost and keys over real texts.
 *
 *   npx ts-node -r tsconfig-paths/register --transpile-only scripts/bench-fingerprint.ts texts /tmp/texts.json
 *   … keys /tmp/texts.json /tmp/keys.json [module]   # each text's match key (module: another claim-fingerprint.ts)
 *   … compare /tmp/keys-a.json /tmp/keys-b.json      # how many keys differ, by source, with examples
 *   … time /tmp/texts.json [module]                  # CPU a claim over PolNeAR's claims (after a warm-up pass)
 *
 * The texts: the claims the extraction finds in PolNeAR (dev and train, each claim's standalone form or its text,
 * as the extraction thread fingerprints them), the sentences of CheckThat! 2024 and ClaimDecomp's claims and
 * statements (negated ones too). Nothing of them is stored in the project.
 */
import * as fs from 'fs';
import * as path from 'path';
import { extractQuotes } from '../libs/extraction/src';
import { sharedDataDir } from '../libs/testing/src/shared-data';

type Texts = Record<string, string[]>;

function texts(): Texts {
  const data = sharedDataDir();
  if (!data) throw new Error('the shared data folder was not found; set FACTCHECK_DATA_DIR');
  const polnear: string[] = [];
  for (const split of ['dev', 'train']) {
    const dir = path.join(data, 'polnear', split, 'text');
    for (const file of fs.readdirSync(dir).sort()) {
      const result = extractQuotes(fs.readFileSync(path.join(dir, file), 'utf8'));
      for (const quote of [...result.quotes, ...(result.statements ?? [])]) {
        for (const claim of quote.claims) polnear.push(claim.standalone || claim.text);
      }
    }
  }
  const checkthat: string[] = [];
  for (const file of fs.readdirSync(path.join(data, 'checkworthiness')).sort()) {
    for (const line of fs
      .readFileSync(path.join(data, 'checkworthiness', file), 'utf8')
      .split('\n')
      .slice(1)) {
      const text = line.split('\t')[1];
      if (text) checkthat.push(text.replace(/^"|"$/g, ''));
    }
  }
  const claimdecomp: string[] = [];
  for (const line of fs
    .readFileSync(path.join(data, 'claim-decomposition', 'claimdecomp_dev.jsonl'), 'utf8')
    .split('\n')
    .filter(Boolean)) {
    const record = JSON.parse(line) as {
      claim: string;
      annotations: { statements: string[]; statements_negate: string[] }[];
    };
    claimdecomp.push(record.claim);
    for (const annotation of record.annotations)
      claimdecomp.push(...annotation.statements, ...(annotation.statements_negate ?? []));
  }
  return { polnear, checkthat, claimdecomp };
}

type Fingerprint = (text: string) => { key: string; bands: number[] };
/** The fingerprint of this project, or of another implementation's file to compare with. */
function load(module?: string): Fingerprint {
  const file = path.resolve(module ?? path.join(__dirname, '../libs/extraction/src/matching/claim-fingerprint'));
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const loaded = require(file) as { claimFingerprint: Fingerprint };
  return loaded.claimFingerprint;
}

const [command, ...args] = process.argv.slice(2);
if (command === 'texts') {
  fs.writeFileSync(args[0], JSON.stringify(texts()));
} else if (command === 'keys') {
  const fingerprint = load(args[2]);
  const all = JSON.parse(fs.readFileSync(args[0], 'utf8')) as Texts;
  const keys: Texts = {};
  for (const [source, list] of Object.entries(all)) keys[source] = list.map((text) => fingerprint(text).key);
  fs.writeFileSync(args[1], JSON.stringify(keys));
} else if (command === 'compare') {
  const [a, b] = args.slice(0, 2).map((file) => JSON.parse(fs.readFileSync(file, 'utf8')) as Texts);
  const all = args[2] ? (JSON.parse(fs.readFileSync(args[2], 'utf8')) as Texts) : null;
  const summary: Record<string, unknown> = {};
  for (const source of Object.keys(a)) {
    const differ = a[source].map((_, index) => index).filter((index) => a[source][index] !== b[source][index]);
    summary[source] = {
      texts: a[source].length,
      differ: differ.length,
      examples: differ.slice(0, Number(args[3] ?? 10)).map((index) => {
        const [before, after] = [new Set(a[source][index].split(' ')), new Set(b[source][index].split(' '))];
        return {
          text: all?.[source][index],
          lost: [...before].filter((word) => !after.has(word)).join(' '),
          gained: [...after].filter((word) => !before.has(word)).join(' '),
        };
      }),
    };
  }
  console.log(JSON.stringify(summary, null, 1));
} else if (command === 'time') {
  const fingerprint = load(args[1]);
  const claims = (JSON.parse(fs.readFileSync(args[0], 'utf8')) as Texts).polnear;
  claims.forEach((text) => fingerprint(text));
  const runs: number[] = [];
  for (let pass = 0; pass < 3; pass++) {
    const start = process.cpuUsage();
    for (const text of claims) fingerprint(text);
    const used = process.cpuUsage(start);
    runs.push((used.user + used.system) / claims.length);
  }
  console.log(JSON.stringify({ claims: claims.length, microsecondsPerClaim: runs.map((run) => Math.round(run)) }));
} else {
  throw new Error('usage: bench-fingerprint.ts texts|keys|compare|time …');
}
