/** The engine's version, reported in every RunResult (kept equal to package.json by a test). */
export const ENGINE_VERSION = '0.1.0';
