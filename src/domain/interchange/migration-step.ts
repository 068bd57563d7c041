// One named step of a format migration (migrations.ts runs them; one file per step beside it).
import type { JsonObject } from './read-json-text';

export type MigrationStep = {
  /** stable name, shown in tests and logs, e.g. `v0-to-v1: meta.organ → meta.agencyName` */
  name: string;
  from: number;
  to: number;
  migrate: (file: JsonObject) => JsonObject;
  /** Chinese note for the user when this step ran */
  notice?: string;
  /** files older than this step carried no digest: the importer cannot verify them */
  addsDigest?: boolean;
};
