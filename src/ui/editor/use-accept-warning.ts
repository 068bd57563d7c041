// Accepting a warning: its 说明 goes into the draft (saved and exported with the report); its
// fingerprint is stored beside the report and re-opens the warning when the numbers behind it change.
import { useCallback, useEffect, useRef } from 'react';
import type { UseFormReturn } from 'react-hook-form';
import type { CheckResult } from '../../domain/checks/types';
import type { ReportDraft } from '../../domain/report/report-schema';
import type { Autosave } from '../../storage/autosave';
import type { StoredReport } from '../../storage/stored-report';
import { useRepository } from '../hooks/use-repository';
import type { DraftStore } from './draft-store';
import { structurallyEqual } from './structural-equal';

type Accepted = StoredReport['acceptedFingerprints'];

export function useAcceptWarning(
  id: string,
  latest: Pick<StoredReport, 'revision' | 'acceptedFingerprints'>,
  form: Pick<UseFormReturn<ReportDraft>, 'getValues' | 'setValue'>,
  store: Pick<DraftStore, 'setContext'>,
  autosave: Pick<Autosave<ReportDraft>, 'exclusive'>,
) {
  const repo = useRepository();
  // An acceptance being written: the stored records that arrive before its write (the autosave of
  // its 说明 comes first) still hold the old fingerprints and must not un-accept the warning — an
  // export in that moment would say 「未处理」 for a warning the clerk just explained.
  const held = useRef<{ accepted: Accepted; untilRevision: number } | null>(null);
  const shown = useRef<Accepted | null>(null);
  const show = useCallback(
    (accepted: Accepted) => {
      // Each save hands a new record: re-running the checks for equal fingerprints is wasted work.
      if (shown.current && structurallyEqual(shown.current, accepted)) return;
      shown.current = accepted;
      store.setContext({ accepted });
    },
    [store],
  );
  useEffect(() => {
    const h = held.current;
    if (h && latest.revision < h.untilRevision) show(h.accepted);
    else {
      held.current = null;
      show(latest.acceptedFingerprints);
    }
  }, [latest.revision, latest.acceptedFingerprints, show]);

  const latestRef = useRef(latest);
  latestRef.current = latest;
  return useCallback(
    async (result: CheckResult, explanation: string) => {
      const explanations = { ...form.getValues('explanations'), [result.id]: explanation };
      form.setValue('explanations', explanations);
      const accepted = {
        ...(held.current?.accepted ?? latestRef.current.acceptedFingerprints),
        [result.id]: result.fingerprint,
      };
      const hold = { accepted, untilRevision: Number.POSITIVE_INFINITY };
      held.current = hold;
      show(accepted);
      try {
        const committed = await autosave.exclusive((base) => repo.setAccepted(id, accepted, base));
        if (held.current === hold) hold.untilRevision = committed.revision;
        if (latestRef.current.revision >= committed.revision && held.current === hold) {
          held.current = null;
          show(latestRef.current.acceptedFingerprints);
        }
      } catch (e) {
        if (held.current === hold) {
          held.current = null;
          show(latestRef.current.acceptedFingerprints);
        }
        throw e;
      }
    },
    [form, show, autosave, repo, id],
  );
}
