import { translate } from '../core/i18n/catalog';
import { loadConfig } from '../bot/platform/config';
import { importEventFile } from '../bot/event/event-import';
import { describeImportFailure } from '../bot/startup-events';
import { openStore } from '../bot/open-store';

/** `npm run event:import FILE...`: validates each file and stores it; exits 1 if any is invalid. */
async function run(files: string[]): Promise<number> {
  if (files.length === 0) {
    console.error(translate('en', 'event.import.usage'));
    return 2;
  }
  const config = loadConfig(process.env);
  const store = await openStore(
    config.databaseUrl ? { databaseUrl: config.databaseUrl } : { dataDir: config.dataDir },
  );
  let failed = 0;
  try {
    for (const file of files) {
      const result = await importEventFile(store.events, file);
      if (result.ok)
        console.log(
          translate('en', 'event.import.done', { title: result.event.title, id: result.event.id }),
        );
      else {
        failed += 1;
        console.error(describeImportFailure(file, result));
      }
    }
  } finally {
    await store.close();
  }
  return failed > 0 ? 1 : 0;
}

run(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
