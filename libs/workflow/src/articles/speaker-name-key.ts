/**
 * A name as speakers are told apart (`speakers.name_key`): without accents, case or punctuation. The extraction and
 * a person naming a speaker by hand find the same row through it.
 */
export function speakerNameKey(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
