// A deep copy of plain data (objects, arrays, strings, numbers, booleans, null, undefined): what
// structuredClone was used for, which Chromium before 98 lacks. Anything else (a Date, a Map, a
// class instance) is refused rather than copied wrongly.

export function cloneData<T>(value: T): T {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map(cloneData) as T;
  const proto = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null)
    throw new TypeError(`cloneData: not plain data (${Object.prototype.toString.call(value)})`);
  const out: Record<string, unknown> = {};
  // defineProperty, not assignment: a key named "__proto__" (valid JSON) must stay a member
  // rather than replace the copy's prototype.
  for (const [k, v] of Object.entries(value))
    Object.defineProperty(out, k, {
      value: cloneData(v),
      enumerable: true,
      writable: true,
      configurable: true,
    });
  return out as T;
}
