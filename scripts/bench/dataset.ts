import { spawnSync } from 'node:child_process';
import { createHash, randomUUID } from 'node:crypto';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { Pool } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { ensureDatabase, runMigrations } from '@app/database';
import { matchBands, matchKey, matchWords } from '../../libs/extraction/src/matching/claim-fingerprint';
import { LINK_SIMILARITY } from '../../libs/workflow/src/claims/claim-matching';
import { benchDatabaseUrl } from './common';

export interface Dataset {
  url: string;
  claims: number;
  /** API keys of the reviewers created for the run (factcheckers). */
  reviewerKeys: string[];
  adminKey: string;
  sampleSpeaker: string;
  sampleSpeakerId: string;
  samplePublisher: string;
  sampleArticleId: string;
  /** Adds claims (with their articles and quotes) until there are `claims` in all. */
  growTo(claims: number): Promise<void>;
  drop(): Promise<void>;
}

const PUBLISHERS = Array.from(
  { length: 50 },
  (_, index) => `Publisher ${index} ${['Daily', 'Times', 'Post', 'Herald', 'Gazette'][index % 5]}`,
);

/**
 * A database of claims in research made of real news sentences (PolNeAR) with numbers changed, spread over
 * articles, quotes, 2,000 speakers and 50 publishers, grown step by step. Rows go in by COPY with the big indexes
 * dropped and rebuilt afterwards, as one loads data in bulk.
 */
export async function createDataset(sentences: string[], reviewers = 50): Promise<Dataset> {
  const database = benchDatabaseUrl();
  await ensureDatabase(database.url);
  await runMigrations(database.url);
  const pool = new Pool({ connectionString: database.url, max: 2 });
  const random = seeded(42);
  const speakers = Array.from({ length: 2000 }, (_, index) => ({
    id: randomUUID(),
    name: `Speaker ${index} ${surname(index)}`,
  }));
  await copy(
    pool,
    'speakers (id, name, name_key, type)',
    speakers.map((speaker) => [speaker.id, speaker.name, speaker.name.toLowerCase(), 'person']),
  );
  const reviewerKeys = Array.from({ length: reviewers }, (_, index) => `bench-reviewer-${index}-${randomUUID()}`);
  await pool.query(
    `INSERT INTO users (name, role, api_key_hash, api_key_prefix) SELECT 'Reviewer ' || n, 'factchecker', hash, 'bench'
       FROM unnest($1::text[]) WITH ORDINALITY AS reviewer(hash, n)`,
    [reviewerKeys.map((key) => createHash('sha256').update(key).digest('hex'))],
  );
  const repeats = new RepeatRule();
  // Normalising a text takes about 2 ms, too long for a million claims: each template's words are normalised once and
  // a claim's own numbers (the only thing that differs between a template's claims) added to them.
  const wordsByTemplate = new Map<number, string[]>();
  const templateWords = (template: number) => {
    if (!wordsByTemplate.has(template)) {
      wordsByTemplate.set(
        template,
        matchWords(sentences[template]).filter((word) => !/\d/.test(word)),
      );
    }
    return wordsByTemplate.get(template)!;
  };
  let total = 0;
  let articleCount = 0;
  let sampleArticleId = '';
  const dataset: Dataset = {
    url: database.url,
    claims: 0,
    reviewerKeys,
    adminKey: `bench-admin-${randomUUID()}`,
    sampleSpeaker: speakers[42].name,
    sampleSpeakerId: speakers[42].id,
    samplePublisher: 'Herald',
    sampleArticleId,
    growTo: async (target: number) => {
      const adding = target - total;
      if (adding <= 0) return;
      const articles = Array.from({ length: Math.max(1, Math.ceil(adding / 25)) }, () => {
        const index = articleCount++;
        return { id: randomUUID(), index, publisher: PUBLISHERS[index % PUBLISHERS.length] };
      });
      const quotes = Array.from({ length: Math.max(1, Math.ceil(adding / 5)) }, (_, index) => ({
        id: randomUUID(),
        article: articles[Math.floor(index / 5) % articles.length],
        speaker: speakers[Math.floor(random() * speakers.length)],
      }));
      const indexes: { name: string; definition: string }[] = (
        await pool.query(
          `SELECT indexname AS name, indexdef AS definition FROM pg_indexes
            WHERE tablename IN ('claims', 'quotes', 'articles') AND indexname NOT LIKE '%pkey' AND indexdef NOT LIKE '%UNIQUE%'`,
        )
      ).rows;
      for (const index of indexes) await pool.query(`DROP INDEX ${index.name}`);
      await copy(
        pool,
        'articles (id, url, url_key, body_hash, title, body, source_format, publisher, submitted_by, status, extracted_at)',
        articles.map((article) => {
          const url = `https://bench.example/articles/${article.index}`;
          return [
            article.id,
            url,
            url,
            md5(url),
            `Article ${article.index}`,
            sentences[article.index % sentences.length],
            'text',
            article.publisher,
            '00000000-0000-0000-0000-000000000000',
            'extracted',
            new Date().toISOString(),
          ];
        }),
      );
      await copy(
        pool,
        'quotes (id, article_id, position, text, start_offset, end_offset, kind, speaker_id, speaker_name, speaker_type)',
        quotes.map((quote, index) => [
          quote.id,
          quote.article.id,
          index,
          sentences[index % sentences.length],
          0,
          10,
          'direct',
          quote.speaker.id,
          quote.speaker.name,
          'person',
        ]),
      );
      const now = Date.now();
      await copy(
        pool,
        'claims (article_id, quote_id, position, text, standalone, start_offset, end_offset, speaker_id, checkworthiness, checkworthy, stage, parked, priority, queue_rank, triaged_at, stage_entered_at, match_bands, match_key)',
        (function* () {
          for (let index = 0; index < adding; index++) {
            const quote = quotes[Math.floor(index / 5) % quotes.length];
            const template = Math.floor(random() * sentences.length);
            const text = sentences[template].replace(/\d+/g, () => String(Math.floor(random() * 1000)));
            const words = [...templateWords(template), ...(text.match(/\d+/g) ?? [])];
            const score = random();
            yield [
              quote.article.id,
              quote.id,
              index % 5,
              text,
              text,
              0,
              text.length,
              quote.speaker.id,
              score.toFixed(4),
              't',
              'research',
              'f',
              score.toFixed(4),
              (score - random() * 2).toFixed(6),
              new Date(now).toISOString(),
              new Date(now - random() * 86_400_000).toISOString(),
              repeats.isRepeat(template, text) ? '{}' : `{${matchBands(words).join(',')}}`,
              matchKey(words),
            ];
          }
        })(),
      );
      // Index builds, GIN ones above all, run several times faster with the memory a bulk load is given.
      const builder = await pool.connect();
      try {
        await builder.query(`SET maintenance_work_mem = '1GB'`);
        for (const index of indexes) await builder.query(index.definition);
      } finally {
        builder.release();
      }
      await pool.query(
        `INSERT INTO claim_stage_periods (claim_id, stage, entered_at)
         SELECT id, stage, stage_entered_at FROM claims WHERE article_id = ANY($1)`,
        [articles.map((article) => article.id)],
      );
      // As after any bulk load: hint bits and the visibility map set, statistics fresh and the dirty pages written,
      // so the measurements see the steady state rather than the aftermath of COPY.
      await pool.query('VACUUM (ANALYZE)');
      await pool.query('CHECKPOINT');
      // The operating system still holds much of the load's writes: flushed now, or every commit's WAL flush
      // would wait behind them during the measurements.
      spawnSync('sync');
      total = target;
      dataset.claims = total;
      sampleArticleId ||= articles[Math.floor(articles.length / 2)].id;
      dataset.sampleArticleId = sampleArticleId;
    },
    drop: async () => {
      await pool.end();
      await database.drop();
    },
  };
  return dataset;
}

/**
 * The claims triage would have linked to an earlier one, which it stores without MinHash bands (claim-matching.ts):
 * a variant of a sentence (numbers changed) whose normalised text contains, or is contained in, an earlier
 * unlinked variant's, or whose pg_trgm similarity to it is at least LINK_SIMILARITY. Trigrams as pg_trgm makes
 * them: each word padded with two spaces before and one after.
 */
class RepeatRule {
  private readonly unlinked = new Map<number, { text: string; trigrams: Set<string> }[]>();

  isRepeat(template: number, text: string): boolean {
    const normalised = text
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim();
    if (normalised.length < 16) return false; // too short to be matched at all
    const trigrams = trigramsOf(normalised);
    const earlier = this.unlinked.get(template) ?? [];
    const linked = earlier.some((other) => {
      const [short, long] = normalised.length < other.text.length ? [normalised, other.text] : [other.text, normalised];
      if (long.includes(short) && short.length >= 0.5 * long.length) return true;
      let shared = 0;
      for (const trigram of trigrams) if (other.trigrams.has(trigram)) shared++;
      return shared / (trigrams.size + other.trigrams.size - shared) >= LINK_SIMILARITY;
    });
    if (!linked) this.unlinked.set(template, [...earlier, { text: normalised, trigrams }]);
    return linked;
  }
}

function trigramsOf(text: string): Set<string> {
  const trigrams = new Set<string>();
  for (const word of text.split(' ')) {
    const padded = `  ${word} `;
    for (let index = 0; index + 3 <= padded.length; index++) trigrams.add(padded.slice(index, index + 3));
  }
  return trigrams;
}

/** What a COPY row holds: text and numbers (dates already ISO strings); null or undefined for NULL. */
type CsvValue = string | number | null | undefined;

async function copy(pool: Pool, target: string, rows: Iterable<CsvValue[]>): Promise<void> {
  const client = await pool.connect();
  try {
    const stream = client.query(copyFrom(`COPY ${target} FROM STDIN WITH (FORMAT csv)`));
    await pipeline(
      Readable.from(
        (function* () {
          let chunk = '';
          for (const row of rows) {
            chunk += `${row.map(csv).join(',')}\n`;
            if (chunk.length > 1 << 20) {
              yield chunk;
              chunk = '';
            }
          }
          if (chunk) yield chunk;
        })(),
      ),
      stream,
    );
  } finally {
    client.release();
  }
}

function csv(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  const text = String(value);
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function md5(text: string): string {
  return createHash('md5').update(text).digest('hex');
}

function surname(index: number): string {
  return ['Smith', 'Garcia', 'Nguyen', 'Okafor', 'Kowalski', 'Haddad', 'Tanaka', 'Silva'][index % 8];
}

/** A small deterministic generator, so runs are comparable. */
function seeded(seed: number): () => number {
  let state = seed >>> 0 || 1;
  return () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 4294967296;
  };
}
