import { useEffect, useRef } from 'react';

export interface EditorShortcuts {
  save: () => void;
  undo: () => void;
}

/**
 * Ctrl+S / ⌘S saves instead of saving the web page; Ctrl+Z outside a text box takes back the last
 * edit (inside one, the browser's own undo works on the text being typed). The handlers may change
 * on every render; the listener is added once and always calls the latest.
 */
export function useEditorShortcuts(shortcuts: EditorShortcuts): void {
  const latest = useRef(shortcuts);
  useEffect(() => {
    latest.current = shortcuts;
  });
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey) || e.altKey) return;
      const key = e.key.toLowerCase();
      if (key === 's') {
        e.preventDefault();
        latest.current.save();
      } else if (key === 'z' && !e.shiftKey && !(e.target instanceof HTMLTextAreaElement || e.target instanceof HTMLInputElement)) {
        e.preventDefault();
        latest.current.undo();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
