/** Verb forms the lexicon does not always read as verbs. */
import { wordSet } from './word-set';

/**
 * Irregular pasts, which the lexicon may read as nouns or adjectives ("sales rose", "turnout fell", "the party lost").
 * (The check-worthiness features keep a list of their own, fixed with the model they were trained with.)
 */
export const IRREGULAR_PAST = wordSet(`
rose|fell|grew|won|lost|went|came|made|took|gave|got|ran|saw|began|became|left|kept|held|brought|paid|sold|sent|
spent|stood|found|led|met|cut|hit|shut|spread|quit|knew|drew|drove|flew|threw|wrote|spoke|broke|chose|sank|
bought|built|put|set|felt|heard|meant|fought|caught|taught|sought|struck|forgot|froze|hid|rode|shook|stole|
swore|woke|withdrew|overcame|undid|understood|sat|slept|fled|wept|swam|sang|rang|told|ate|wore|tore|dealt
`);

/** Pasts written as their present ("the pier cost $40 million", "he let them in"): only the words around tell. */
export const SAME_FORM_PAST = wordSet('cut|put|set|hit|let|quit|shut|cost|hurt|spread|split|bid|cast|burst|shed|upset');
