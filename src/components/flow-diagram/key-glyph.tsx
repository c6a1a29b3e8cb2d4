/**
 * The mark of a plaintext data key: a small key drawn in currentColor. It always sits beside the
 * words "plaintext data key", so sensitivity is never shown by colour alone.
 */
export function KeyGlyph({ className = 'key-glyph' }: { className?: string }) {
  return (
    <svg className={className} width="14" height="14" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2.5" strokeLinecap="round" aria-hidden="true" focusable="false">
      <circle cx="8" cy="12" r="4" />
      <path d="M12 12h9M18 12v4M21 12v3" />
    </svg>
  );
}
