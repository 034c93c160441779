import { cedictBridge } from '../../bridge/cedict-bridge.js';
import { analyzeField } from '../../text/analyze.js';
import { defaultVocabulary } from '../../vocabulary/vocabulary.js';

/** Prints what the matcher reads in each argument (concepts and leftover terms), for tuning on the development set. */
const vocabulary = defaultVocabulary();
const bridge = cedictBridge();
for (const text of process.argv.slice(2)) {
  for (const p of analyzeField(text, vocabulary, bridge)) {
    console.log(
      `${p.text}\n  concepts: ${p.concepts.map((c) => vocabulary.concepts[c]?.id).join(', ')}\n  terms: ${p.terms.join(' ')}`,
    );
  }
}
