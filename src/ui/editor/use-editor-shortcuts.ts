// Ctrl+S saves now; Ctrl+P prints the report, not the editor around it: it opens the print view,
// which prints itself.
import { useEffect } from 'react';
import type { ReportDraft } from '../../domain/report/report-schema';
import type { Autosave } from '../../storage/autosave';
import { printPath } from '../router/router';

export function useEditorShortcuts(id: string, autosave: Autosave<ReportDraft>) {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 's') {
        e.preventDefault();
        void autosave.flush();
      }
      if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 'p') {
        e.preventDefault();
        void autosave.flush().then(() => {
          window.location.hash = printPath(id, { auto: true });
        });
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [autosave, id]);
}
