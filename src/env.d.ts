/** The day the bundled data last changed (YYYY-MM-DD), set at build time by vite.config.ts. */
declare const __DATA_DATE__: string;
