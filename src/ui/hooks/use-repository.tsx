import { createContext, type ReactNode, useContext } from 'react';
import type { ReportRepository } from '../../storage/report-repository';

const RepositoryContext = createContext<ReportRepository | null>(null);

export function RepositoryProvider({ repo, children }: { repo: ReportRepository; children: ReactNode }) {
  return <RepositoryContext.Provider value={repo}>{children}</RepositoryContext.Provider>;
}

export function useRepository(): ReportRepository {
  const repo = useContext(RepositoryContext);
  if (!repo) throw new Error('RepositoryProvider missing');
  return repo;
}
