// A short notice at the bottom of the page, optionally with one action (Undo). It stays
// ~10 s, and never disappears while the pointer or keyboard focus is on it (WCAG 2.2.1).
import { useEffect, useRef, useState } from 'preact/hooks';

export interface ToastData {
  /** Changes whenever a new toast replaces the old one. */
  key: number;
  message: string;
  action?: { label: string; run: () => Promise<void> | void };
}

export const TOAST_MS = 10_000;

export function Toast({ toast, onClose, duration = TOAST_MS }: { toast: ToastData | null; onClose: () => void; duration?: number }) {
  const [held, setHeld] = useState(false);
  const [busy, setBusy] = useState(false);
  const hovered = useRef(false);
  const focused = useRef(false);

  useEffect(() => { setBusy(false); }, [toast?.key]);

  useEffect(() => {
    if (!toast || held) return;
    const t = setTimeout(onClose, duration);
    return () => clearTimeout(t);
  }, [toast?.key, held, duration, onClose]);

  const sync = () => setHeld(hovered.current || focused.current);

  return (
    // The live region is always in the page, so the message inserted into it is announced.
    <div class="toast-region" role="status" aria-live="polite">
      {toast && (
        <div
          class="toast"
          onMouseEnter={() => { hovered.current = true; sync(); }}
          onMouseLeave={() => { hovered.current = false; sync(); }}
          onFocusIn={() => { focused.current = true; sync(); }}
          onFocusOut={() => { focused.current = false; sync(); }}
        >
          <span>{toast.message}</span>
          {toast.action && (
            <button
              type="button"
              class="toast-action"
              disabled={busy}
              onClick={async () => {
                setBusy(true);
                try { await toast.action!.run(); } finally { setBusy(false); }
              }}
            >
              {toast.action.label}
            </button>
          )}
          <button type="button" class="toast-close" aria-label="Dismiss notice" onClick={onClose}>
            <svg width="12" height="12" viewBox="0 0 12 12" aria-hidden="true" focusable="false">
              <path d="M2.5 2.5l7 7M9.5 2.5l-7 7" stroke="currentColor" stroke-width="1.6" stroke-linecap="round" />
            </svg>
          </button>
        </div>
      )}
    </div>
  );
}
