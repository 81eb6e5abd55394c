// Code under test in Node speaks English, as the command-line tools do: every English message is
// loaded before the tests run (the built page has each view's words in the view's code).
import { loadAllMessages } from '$lib/i18n';

await loadAllMessages();
