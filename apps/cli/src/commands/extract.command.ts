import { readFile } from 'node:fs/promises';
import { ExtractionLimitError, extractQuotes } from '@app/extraction';
import { readStdin } from '../io';

/**
 * `factcheck extract [FILE…]`: one JSON object a line per file (stdin when none); needs no database or Redis. A text
 * beyond the extraction's bounds gets `{"file", "error": {"kind", "message"}}` and the command ends with status 1.
 */
export async function extractCommand(files: string[]): Promise<void> {
  const inputs = files.length > 0 ? files : ['-'];
  for (const file of inputs) {
    const text = file === '-' ? await readStdin() : await readFile(file, 'utf8');
    const name = file === '-' ? '<stdin>' : file;
    try {
      process.stdout.write(`${JSON.stringify({ file: name, ...extractQuotes(text) })}\n`);
    } catch (error) {
      if (!(error instanceof ExtractionLimitError)) throw error;
      process.stdout.write(`${JSON.stringify({ file: name, error: { kind: error.kind, message: error.message } })}\n`);
      process.exitCode = 1;
    }
  }
}
