// A supervising office's roster (名单) of the units (下属单位) it expects reports from, per year:
// who has not submitted yet, what to sum up (汇总). Same shape as storage's `Roster`.
import '../zod-setup';
import { z } from 'zod';
import { MAX_YEAR, MIN_YEAR, reportIdSchema } from '../report/report-schema';

export const rosterSchema = z.strictObject({
  id: reportIdSchema,
  name: z.string().max(200),
  year: z.int().min(MIN_YEAR).max(MAX_YEAR).nullable(),
  /** 机关名称 of each unit */
  units: z.array(z.string().max(200)).max(5000),
  updatedAt: z.iso.datetime({ offset: true, error: '时间格式不正确' }),
});
export type Roster = z.infer<typeof rosterSchema>;
