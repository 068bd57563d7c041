import { solveApplications } from './solve-applications';
import { qufuMatrix, runTogether, type FullMatrix, brokenIdentities } from './test-arbitraries';
const truth = qufuMatrix();
const m: FullMatrix = { ...truth, newReceived: [23, 0, 0, 0, 12, 10, 45], partiallyGranted: [3, 0, 0, 0, 1, 10, 14], withheldInternalAffairs: [1, 0, 0, 0, 11, 0, 12], totalHandled: [23, 0, 0, 0, 12, 10, 45] };
console.log(brokenIdentities(m));
const r = solveApplications(runTogether(m));
for (const c of r.candidates) console.log(r.ambiguousRows.map((row) => `${row}=${c[row]}`).join(' '));
