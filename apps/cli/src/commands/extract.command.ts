import { readFile } from 'node:fs/promises';
import { ArticleVoice, ClaimsFrom, ExtractionLimitError, extractQuotes } from '@app/extraction';
import { readStdin } from '../io';

export interface ExtractCommandOptions {
  /** `all`: also the check-worthy statements of the article's own voice, as quotes of kind `statement`. */
  claimsFrom?: ClaimsFrom;
  /** Who speaks in the article's own voice: the publisher (`media`), else the author (`person`). */
  publisher?: string;
  author?: string;
  /** Also every sentence with its check-worthiness. */
  sentences?: boolean;
}

/**
 * `factcheck extract [FILE…]`: one JSON object a line per file (stdin when none); needs no database or Redis. A text
 * beyond the extraction's bounds gets `{"file", "error": {"kind", "message"}}` and the command ends with status 1.
 * With `--claims-from all` the article's own statements are among the quotes, in text order, as the API shows them.
 */
export async function extractCommand(files: string[], options: ExtractCommandOptions = {}): Promise<void> {
  const inputs = files.length > 0 ? files : ['-'];
  const voice: ArticleVoice | undefined = options.publisher?.trim()
    ? { name: options.publisher.trim(), type: 'media' }
    : options.author?.trim()
      ? { name: options.author.trim(), type: 'person' }
      : undefined;
  for (const file of inputs) {
    const text = file === '-' ? await readStdin() : await readFile(file, 'utf8');
    const name = file === '-' ? '<stdin>' : file;
    try {
      const { quotes, statements, sentences } = extractQuotes(text, {
        claimsFrom: options.claimsFrom,
        voice,
        sentences: options.sentences,
      });
      const all = statements?.length
        ? [...quotes, ...statements].sort((a, b) => a.start - b.start || a.end - b.end)
        : quotes;
      process.stdout.write(`${JSON.stringify({ file: name, quotes: all, ...(sentences ? { sentences } : {}) })}\n`);
    } catch (error) {
      if (!(error instanceof ExtractionLimitError)) throw error;
      process.stdout.write(`${JSON.stringify({ file: name, error: { kind: error.kind, message: error.message } })}\n`);
      process.exitCode = 1;
    }
  }
}
