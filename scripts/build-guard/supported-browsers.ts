// The browsers nianbao supports (README): the engines of the 信创 browsers offices run lag
// Chrome by years, and 麒麟 / 统信UOS ship Firefox ESR. The build target and the checks of the
// built code (syntax-check.ts, api-check.ts) both follow from this one place.

export const SUPPORTED = { chrome: 86, firefox: 115 } as const;

/**
 * The syntax every built file must parse as. Chrome 86 knows a little of ES2021 (`??=`, numeric
 * separators) but not class static blocks, private `#x in obj` or top-level await; ES2020 leaves
 * a margin for engines that lag their version number.
 */
export const SYNTAX_ECMA_VERSION = 2020;

/** vite's build.target (esbuild-style names, passed to rolldown's transformer). */
export const BUILD_TARGET = ['es2020', `chrome${SUPPORTED.chrome}`, `firefox${SUPPORTED.firefox}`];
