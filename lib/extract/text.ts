// Small text helpers shared by the extraction steps.

const WS = /\s+/g;

/** Collapse runs of white space (including non-breaking spaces) to one space and trim. */
export function clean(s: string | null | undefined): string {
  return (s ?? '').replace(WS, ' ').trim();
}

/** The text of an element as a reader would see it in one line. */
export function textOf(el: Element): string {
  return clean(el.textContent);
}
