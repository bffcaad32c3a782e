/** Trygg's mark: a shield, drawn inline so the unlock screen needs no extra request. */
export function BrandMark() {
  return (
    <span className="brand">
      <svg className="brand-mark" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
        <path d="M12 2.5 4 5.5v6c0 5 3.4 8.8 8 10 4.6-1.2 8-5 8-10v-6l-8-3Z" />
        <path className="brand-mark-inner" d="M8.5 12.2 11 14.7l4.6-4.9" />
      </svg>
      <span className="brand-name">Trygg</span>
    </span>
  );
}
