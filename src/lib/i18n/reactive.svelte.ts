import { connectLanguage } from './current';

// Every t(), number or date formatted in a template or a $derived reads this version, so a change
// of language draws again exactly what is written in words, and nothing else.
let version = $state(0);
connectLanguage({
  observe: () => void version,
  changed: () => void version++,
});
