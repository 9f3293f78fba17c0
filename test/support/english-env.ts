/**
 * The environment for a spawned CLI or notebook whose English output a test pins: the
 * runner's own, with the locale set to one that is not Chinese (the CLI and the notebooks
 * take their language from LC_ALL, LC_MESSAGES or LANG when no --lang is given).
 */
export const ENGLISH_ENV: NodeJS.ProcessEnv = { ...process.env, LC_ALL: 'C.UTF-8' };
