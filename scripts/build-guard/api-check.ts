// Fails on platform APIs the supported browsers lack (SUPPORTED in supported-browsers.ts), per
// MDN's compatibility data, unless api-exceptions.ts names them with a reason (polyfilled, feature-
// detected, or an own property that merely shares a Web API's name). An exception no built file
// needs any more is reported too, so the list stays a true account.

import { API_EXCEPTIONS, type ExceptionKey } from './api-exceptions.ts';
import { type ApiUsage, apiUsage } from './api-usage.ts';
import { type Feature, globalFeature, memberFeatures, staticFeature } from './compat-data.ts';

export type BuiltFile = { file: string; code: string };

const described = (f: Feature) => `${f.path} (Chrome ${f.chrome}, Firefox ${f.firefox})`;

function problemsOf(file: string, usage: ApiUsage, excepted: (key: ExceptionKey) => boolean): string[] {
  const problems: string[] = [];
  for (const name of usage.globals) {
    if (excepted(`global:${name}`)) continue;
    const f = globalFeature(name);
    if (!f) problems.push(`${file}: global \`${name}\` is no API known to MDN's compatibility data`);
    else if (!f.supported) problems.push(`${file}: global \`${name}\`: ${described(f)}`);
  }
  for (const key of usage.statics) {
    const [owner = '', member = ''] = key.split('.');
    if (excepted(`static:${key}`) || excepted(`global:${owner}`)) continue;
    const f = staticFeature(owner, member);
    if (f && !f.supported) problems.push(`${file}: \`${key}\`: ${described(f)}`);
  }
  for (const name of usage.methods) {
    if (excepted(`method:${name}`)) continue;
    const features = memberFeatures(name);
    if (features.length > 0 && !features.some((f) => f.supported))
      problems.push(`${file}: \`.${name}\` is, as a method, only ${features.map(described).join(', ')}`);
  }
  return problems;
}

export type ApiCheckOptions = {
  exceptions?: Readonly<Record<ExceptionKey, string>>;
  /** Report exceptions no file needed (on for a whole build, off for a single snippet). */
  reportUnused?: boolean;
};

export function apiProblems(files: readonly BuiltFile[], options: ApiCheckOptions = {}): string[] {
  const { exceptions = API_EXCEPTIONS, reportUnused = true } = options;
  const used = new Set<ExceptionKey>();
  const excepted = (key: ExceptionKey) => {
    if (!(key in exceptions)) return false;
    used.add(key);
    return true;
  };
  const problems = files.flatMap(({ file, code }) => problemsOf(file, apiUsage(code), excepted));
  if (reportUnused)
    for (const key of Object.keys(exceptions) as ExceptionKey[])
      if (!used.has(key)) problems.push(`api-exceptions.ts: \`${key}\` is used by no built file any more`);
  return problems;
}
