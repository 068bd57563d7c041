// The code that signs approvals and names keys (SHA-256, ECDSA P-256, canonical JSON, base64url),
// loaded at its first use: the repository is created at start, and this code was ~3 kB (gzip) of
// the JS loaded at start, for an action a clerk takes once a year (issue 17 §3, first-load budget).
// One chunk, fetched once; the service worker precaches it with every other chunk (offline).
type SigningCode = typeof import('../domain/interchange/approval') &
  typeof import('../domain/crypto/ecdsa-p256') &
  typeof import('../domain/crypto/base64url');

let loading: Promise<SigningCode> | null = null;

export function signingCode(): Promise<SigningCode> {
  loading ??= Promise.all([
    import('../domain/interchange/approval'),
    import('../domain/crypto/ecdsa-p256'),
    import('../domain/crypto/base64url'),
  ]).then(([approval, ecdsa, base64url]) => ({ ...approval, ...ecdsa, ...base64url }));
  // a failed load (offline before the worker cached it) is tried again at the next use
  loading.catch(() => {
    loading = null;
  });
  return loading;
}
