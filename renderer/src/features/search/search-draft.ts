/** What was typed in the palette, carried to the full search page when the clinician asks for all results. */
let draft = '';

export function setSearchDraft(q: string): void {
  draft = q;
}

export function takeSearchDraft(): string {
  const q = draft;
  draft = '';
  return q;
}
