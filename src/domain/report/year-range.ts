// The years a report may be for: 2008 (the first year of 《政府信息公开条例》 reports) to 2100. Apart
// from report-schema.ts so that the checks can use it without loading zod (the 汇总 record is
// computed by storage, which the app loads at start: issue 17's first-load budget).
export const MIN_YEAR = 2008;
export const MAX_YEAR = 2100;
