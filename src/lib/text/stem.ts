/**
 * A small, light English stemmer for keyword matching: it removes plural and simple inflectional
 * endings only, never derivational ones, so "international" and "internal" stay apart (Porter's
 * stemmer would make both "intern"). It runs on folded words (see foldWord), and the same function
 * stems the keywords and the text, so the stems need only be consistent, not real words.
 *
 * Steps, in order (a word of three letters or fewer is left alone):
 * 1. possessive: "state's" → "state", "states'" → "states"
 * 2. plural: -ies → -y ("economies" → "economy"), -sses → -ss, -xes/-zes/-ches/-shes lose -es
 *    ("approaches" → "approach"), otherwise a final -s goes unless the word ends in -ss, -us or -is
 *    ("norms" → "norm"; "access", "status", "crisis" stay)
 * 3. inflection: -ied → -y ("applied" → "apply"); -ing and -ed go when at least three letters with
 *    a vowel remain ("building" → "build", "trained" → "train"; "thing", "need" stay), and a
 *    doubled final consonant other than l, s or z is undoubled ("planning" → "plan")
 * 4. a final silent -e goes when more than three letters remain, so "share", "shared" and
 *    "sharing" meet at "shar", and "crime" and "crimes" at "crim"
 */
export function stemWord(word: string): string {
  let w = word.replace(/'s?$/, '');
  if (w.length <= 3) return w;
  // 2. plurals
  if (w.length > 4 && w.endsWith('ies')) w = `${w.slice(0, -3)}y`;
  else if (w.endsWith('sses')) w = w.slice(0, -2);
  else if (/(?:x|z|ch|sh)es$/.test(w)) w = w.slice(0, -2);
  else if (w.endsWith('s') && !/(?:ss|us|is)$/.test(w)) w = w.slice(0, -1);
  // 3. inflections
  if (w.length > 4 && w.endsWith('ied')) return `${w.slice(0, -3)}y`;
  const ending = w.endsWith('ing') ? 3 : w.endsWith('ed') ? 2 : 0;
  if (ending) {
    const base = w.slice(0, -ending);
    if (base.length >= 3 && /[aeiouy]/.test(base)) {
      w = /([b-df-hj-kmnp-rtv-xz])\1$/.test(base) ? base.slice(0, -1) : base;
      return w;
    }
  }
  // 4. silent e
  if (w.length > 4 && w.endsWith('e')) w = w.slice(0, -1);
  return w;
}
