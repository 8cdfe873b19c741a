import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** The text of each page of the PDF at `file` (pdfjs-dist, in a child process). */
export async function pdfPageTexts(file: string): Promise<string[]> {
  const script = path.join(__dirname, 'pdf-text-cli.mjs');
  const { stdout } = await run(process.execPath, [script, file], { maxBuffer: 32 * 1024 * 1024 });
  return JSON.parse(stdout) as string[];
}
