// Code under test in Node speaks English, as the command-line tools do: every English message is
// loaded before the tests run (the page loads the later part when it needs it).
import { loadAllMessages } from '$lib/i18n';

await loadAllMessages();
