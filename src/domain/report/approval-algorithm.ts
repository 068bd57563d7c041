// The one signature algorithm of a signed approval (approval-schema.ts). Apart from the schema so
// that signing (storage/signing-key.ts, which the repository loads at start) does not load zod:
// issue 17's first-load budget.
export const APPROVAL_ALGORITHM = 'ECDSA-P256-SHA256';
