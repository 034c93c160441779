import { cedictBridge } from '../../packages/matching/src/bridge/cedict-bridge.js';
import { gloveVectors } from '../../packages/matching/src/bridge/word-vectors.js';

/**
 * The matcher's dictionary bridge and word-vector table are built once per machine (a few seconds on a cold one)
 * and saved in the temporary folder: build them here, before the test workers start, so no test's first matching
 * run pays for it inside its own timeout.
 */
export default function buildWordTables(): void {
  cedictBridge();
  gloveVectors();
}
