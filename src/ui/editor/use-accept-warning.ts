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

export function useAcceptWarning(
  id: string,
  latest: StoredReport,
  form: UseFormReturn<ReportDraft>,
  store: DraftStore,
  autosave: Autosave<ReportDraft>,
) {
  const repo = useRepository();
  useEffect(() => {
    store.setContext({ accepted: latest.acceptedFingerprints });
  }, [latest.acceptedFingerprints, store]);

  const latestRef = useRef(latest);
  latestRef.current = latest;
  return useCallback(
    async (result: CheckResult, explanation: string) => {
      const explanations = { ...form.getValues('explanations'), [result.id]: explanation };
      form.setValue('explanations', explanations);
      const accepted = { ...latestRef.current.acceptedFingerprints, [result.id]: result.fingerprint };
      store.setContext({ accepted });
      await autosave.exclusive((base) => repo.setAccepted(id, accepted, base));
    },
    [form, store, autosave, repo, id],
  );
}
