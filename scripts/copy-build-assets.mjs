/**
 * `npm run build` step after tsc: copies what the compiled service reads beside its own files
 * (the SQL migrations), since tsc only emits JavaScript.
 */
import { cpSync } from 'node:fs';

cpSync('bot/store/migrations', 'dist/bot/store/migrations', { recursive: true });
