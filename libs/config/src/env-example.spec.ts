import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AppConfig, loadConfig } from './app-config';

/** `NAME=value`, or `# NAME=` for a setting without a default. */
const ASSIGNMENT = /^(#\s*)?([A-Z][A-Z0-9_]*)=(.*)$/;

interface Entry {
  name: string;
  value: string;
  commentedOut: boolean;
  line: number;
}

function readEnvExample(): { lines: string[]; entries: Entry[] } {
  const lines = readFileSync(join(__dirname, '../../../.env.example'), 'utf8').split('\n');
  const entries = lines.flatMap((text, index) => {
    const match = ASSIGNMENT.exec(text);
    return match ? [{ name: match[2], value: match[3], commentedOut: Boolean(match[1]), line: index + 1 }] : [];
  });
  return { lines, entries };
}

describe('.env.example', () => {
  // Every setting is a string, a number or a boolean, or absent.
  const defaults = new AppConfig() as unknown as Record<string, string | number | boolean | undefined>;
  // What loadConfig reads: every property of AppConfig.
  const settings = Object.keys(defaults);
  const { lines, entries } = readEnvExample();

  it('names every setting of AppConfig, and nothing else', () => {
    const named = entries.map((entry) => entry.name);
    expect(settings.filter((name) => !named.includes(name))).toEqual([]);
    expect(named.filter((name) => !settings.includes(name))).toEqual([]);
  });

  it('names each setting once', () => {
    const named = entries.map((entry) => entry.name);
    expect(named.filter((name, index) => named.indexOf(name) !== index)).toEqual([]);
  });

  it('gives each setting its default, and leaves those without one commented out', () => {
    for (const entry of entries) {
      const fallback = defaults[entry.name];
      if (fallback === undefined) {
        expect({ name: entry.name, commentedOut: entry.commentedOut, value: entry.value }).toEqual({
          name: entry.name,
          commentedOut: true,
          value: '',
        });
      } else {
        expect({ name: entry.name, commentedOut: entry.commentedOut, value: entry.value }).toEqual({
          name: entry.name,
          commentedOut: false,
          value: String(fallback),
        });
      }
    }
  });

  it('explains each setting in a comment on the line above it', () => {
    for (const entry of entries) {
      const above = lines[entry.line - 2] ?? '';
      expect({ name: entry.name, above: above.startsWith('# ') && !ASSIGNMENT.test(above) }).toEqual({
        name: entry.name,
        above: true,
      });
    }
  });

  it('is a configuration the service accepts, and the same as no configuration at all', () => {
    const env = Object.fromEntries(
      entries.filter((entry) => !entry.commentedOut).map((entry) => [entry.name, entry.value]),
    );
    expect({ ...loadConfig(env) }).toEqual({ ...loadConfig({}) });
  });

  it('has nothing but comments, blank lines and settings', () => {
    const other = lines
      .map((text, index) => ({ text, line: index + 1 }))
      .filter(({ text }) => text.trim() && !text.startsWith('#') && !ASSIGNMENT.test(text));
    expect(other).toEqual([]);
  });
});
