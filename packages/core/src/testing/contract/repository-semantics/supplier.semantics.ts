import { expect, it } from 'vitest';
import type { Supplier } from '../../../domain/supplier.js';
import { randomIds } from '../../../ports/ids.js';
import { knowledgeQuery } from '../../../rules/knowledge-index.js';
import { SUPPLIER_INDEX_VERSION, supplierIndex } from '../../../rules/supplier-index.js';
import { at, type SemanticsScope } from './semantics-scope.js';

/** Repository semantics: the supplier directory's search index. */
export function supplierSemantics(scope: SemanticsScope): void {
  const { club, member } = scope;
  it('suppliers: vetted search from the index, ranked by name and categories first, then endorsements', async () => {
    const { repos } = scope;
    const c = await club();
    const m = await member(c);
    const supplier = (name: string, fields: Partial<Supplier> = {}): Supplier => ({
      id: randomIds.id(),
      communityId: c,
      name,
      categories: [],
      region: '',
      contact: '',
      description: '',
      status: 'vetted',
      vettingNotes: '',
      recommendedBy: m.id,
      endorsements: 0,
      createdAt: at(0),
      ...fields,
    });
    const freight = supplier('Blue Ocean', { categories: ['freight forwarding'], endorsements: 1 });
    const mentions = supplier('Paper Co', { description: 'we ship by freight forwarding partners', endorsements: 9 });
    const pending = supplier('Waiting Freight', { categories: ['freight forwarding'], status: 'pending' });
    const lawyers = supplier('律所', { categories: ['法律'], region: 'Shenzhen', endorsements: 2 });
    for (const s of [freight, mentions, pending, lawyers]) await repos.suppliers.create(s);
    const other = await club();
    await repos.suppliers.create({ ...supplier('Elsewhere Freight', { categories: ['freight'] }), communityId: other });

    const names = async (words: string | null, limit = 10) =>
      (await repos.suppliers.searchVetted(c, words === null ? null : knowledgeQuery(words), limit)).map((s) => s.name);
    // In the name or categories weighs more than in the description, whatever the endorsements; in Chinese too.
    expect(await names('货代')).toEqual(['Blue Ocean', 'Paper Co']);
    expect(await names('freight forwarding')).toEqual(['Blue Ocean', 'Paper Co']);
    expect(await names('律师')).toEqual(['律所']);
    // A word the analyzer does not know is found as text.
    expect(await names('shenzhen')).toEqual(['律所']);
    expect(await names('nothing like it')).toEqual([]);
    // Without a query: every vetted supplier of the club, most endorsed first, at most `limit`.
    expect(await names(null)).toEqual(['Paper Co', '律所', 'Blue Ocean']);
    expect(await names(null, 2)).toEqual(['Paper Co', '律所']);
    expect(await repos.suppliers.searchVetted('not-a-uuid', null, 10)).toEqual([]);

    // An edit re-indexes; a pending supplier is found once vetted.
    // (清关 also looks for related concepts such as freight forwarding: equal scores go by endorsements.)
    await repos.suppliers.update({ ...pending, status: 'vetted', categories: ['customs clearance'], endorsements: 5 });
    expect(await names('清关')).toEqual(['Waiting Freight', 'Blue Ocean', 'Paper Co']);

    // Re-indexing: a row left at an older version is listed until saved at the current one.
    const old = supplierIndex({ name: '', categories: [], description: '', region: '' });
    await repos.suppliers.saveIndex(c, lawyers.id, old, 0);
    expect((await repos.suppliers.listStaleIndex(SUPPLIER_INDEX_VERSION, 10_000)).map((s) => s.id)).toContain(
      lawyers.id,
    );
    expect(await names('律师')).toEqual([]);
    await repos.suppliers.saveIndex(c, lawyers.id, supplierIndex(lawyers), SUPPLIER_INDEX_VERSION);
    expect((await repos.suppliers.listStaleIndex(SUPPLIER_INDEX_VERSION, 10_000)).map((s) => s.id)).not.toContain(
      lawyers.id,
    );
    expect(await names('律师')).toEqual(['律所']);
    // Another club's id changes nothing.
    await repos.suppliers.saveIndex(other, lawyers.id, old, 0);
    expect(await names('律师')).toEqual(['律所']);
  });
}
