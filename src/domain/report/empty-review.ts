// The review of a report just created: 草稿, no comments, no history. Apart from review-schema.ts
// so that creating a record (storage/report-fields.ts, loaded at start-up) does not load zod.
import type { Review } from './review-schema';

export const emptyReview = (): Review => ({ status: 'draft', comments: [], history: [] });
