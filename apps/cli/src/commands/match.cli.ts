import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { runMatchCli } from '@snowball/matching';

/** `snowball match --input FILE --top N`: the matching round's algorithm on a JSON-lines file, for previews. */
export async function matchCommand(input: string, top: number, out: (line: string) => void): Promise<number> {
  if (!Number.isInteger(top) || top < 1 || top > 50) throw new Error('--top must be a whole number from 1 to 50');
  const lines = createInterface({
    input: input === '-' ? process.stdin : createReadStream(input),
    crlfDelay: Infinity,
  });
  const summary = await runMatchCli(lines, out, { top });
  for (const problem of summary.problems) process.stderr.write(`line ${problem.line}: ${problem.error}\n`);
  return summary.problems.length > 0 && summary.members === 0 ? 1 : 0;
}
