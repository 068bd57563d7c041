// The `generator` of every file nianbao writes (SPEC §7): the app's name and version.
export const GENERATOR = `nianbao ${typeof __APP_VERSION__ === 'string' ? __APP_VERSION__ : 'dev'}`;
