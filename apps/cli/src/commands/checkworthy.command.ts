import { readFile } from 'node:fs/promises';
import { scoreCheckworthiness } from '@app/extraction';
import { readStdin } from '../io';

/** `factcheck checkworthy [FILE]`: one sentence a line in, one JSON object a line out. */
export async function checkworthyCommand(file?: string): Promise<void> {
  const text = file && file !== '-' ? await readFile(file, 'utf8') : await readStdin();
  for (const line of text.split(/\r?\n/)) {
    const sentence = line.trim();
    if (!sentence) continue;
    const score = scoreCheckworthiness(sentence);
    process.stdout.write(
      `${JSON.stringify({ text: sentence, checkworthiness: Math.round(score.checkworthiness * 1e4) / 1e4, checkworthy: score.checkworthy })}\n`,
    );
  }
}
