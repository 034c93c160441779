/** A card button as the fake sees it: its label and the value its callback carries. */
export interface FeishuCardButton {
  readonly label: string;
  readonly value: Record<string, unknown>;
  /** True for a form's submit button. */
  readonly submit: boolean;
}

type Element = Record<string, unknown> & { tag?: string; elements?: Element[] };

function elementsOf(card: Record<string, unknown>): Element[] {
  const body = card.body as { elements?: Element[] } | undefined;
  const out: Element[] = [];
  const walk = (list: Element[] | undefined) => {
    for (const e of list ?? []) {
      out.push(e);
      walk(e.elements);
      for (const column of (e.columns as Element[] | undefined) ?? []) walk(column.elements);
    }
  };
  walk(body?.elements ?? (card.elements as Element[] | undefined));
  return out;
}

const content = (text: unknown) => (text as { content?: string } | undefined)?.content ?? '';

/** Every text a card shows: header title, texts, field texts, input labels and button labels. */
export function feishuCardText(card: Record<string, unknown>): string {
  const parts = [content((card.header as { title?: unknown } | undefined)?.title)];
  for (const e of elementsOf(card)) {
    if (e.tag === 'markdown' && typeof e.content === 'string') parts.push(e.content);
    if (e.text) parts.push(content(e.text));
    if (e.label) parts.push(content(e.label));
  }
  return parts.filter(Boolean).join('\n');
}

/** The card's buttons in display order, with their callback values. */
export function feishuCardButtons(card: Record<string, unknown>): FeishuCardButton[] {
  return elementsOf(card)
    .filter((e) => e.tag === 'button')
    .map((e) => {
      const behaviors = (e.behaviors as { type?: string; value?: Record<string, unknown> }[] | undefined) ?? [];
      const callback = behaviors.find((b) => b.type === 'callback');
      return {
        label: content(e.text),
        value: callback?.value ?? (e.value as Record<string, unknown> | undefined) ?? {},
        submit: e.form_action_type === 'submit',
      };
    });
}

/** The names of a card form's inputs, in order. */
export function feishuCardInputs(card: Record<string, unknown>): string[] {
  return elementsOf(card)
    .filter((e) => e.tag === 'input')
    .map((e) => String(e.name ?? ''));
}
