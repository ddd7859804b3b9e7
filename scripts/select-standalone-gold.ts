/**
 * Draws the claims of the standalone-form gold set (scripts/gold/standalone-gold.jsonl, see scripts/gold/README.md):
 *
 *   npm run select:standalone-gold [-- --per-article 7 --seed 15]
 *
 * Every PolNeAR dev article is run through the extraction as the service runs it (the default check-worthiness
 * scorer); from each article's claims, in a shuffle fixed by the seed, the first `--per-article` are taken. The
 * output (JSON lines on stdout) is the unannotated draw: article, span, the claim's words and what the system made of
 * it at the time, so that an annotator can add the judgements. Re-running it on a later extraction draws different
 * claims; the gold set keeps the draw it was annotated on.
 */
import { extractQuotes } from '../libs/extraction/src';
import { loadSplit } from './eval';
import { seededRandom } from './lib/seeded-random';

function arg(name: string, dflt: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1] : dflt;
}

function main() {
  const perArticle = Number(arg('per-article', '7'));
  const random = seededRandom(Number(arg('seed', '15')));
  for (const doc of loadSplit('dev')) {
    const claims = extractQuotes(doc.text).quotes.flatMap((q) => q.claims.map((c) => ({ q, c })));
    // Fisher–Yates with the seeded generator
    for (let i = claims.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [claims[i], claims[j]] = [claims[j], claims[i]];
    }
    for (const { q, c } of claims.slice(0, perArticle)) {
      process.stdout.write(
        JSON.stringify({
          article: doc.name,
          start: c.start,
          end: c.end,
          text: c.text,
          system: {
            standalone: c.standalone,
            checkworthy: c.checkworthy,
            speaker: q.speaker?.name ?? null,
            mention: q.speaker?.mention.text ?? null,
            kind: q.kind,
          },
        }) + '\n',
      );
    }
  }
}

if (require.main === module) main();
