/**
 * `npm run build` step after tsc: copies what the compiled service reads beside its own files
 * (the SQL migrations), since tsc only emits JavaScript.
 */
import { cpSync } from 'node:fs';

cpSync('bot/platform/store/migrations', 'dist/bot/platform/store/migrations', { recursive: true });
