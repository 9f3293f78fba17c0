/** The parts of the catalogue in this language (../catalogue.ts). */
export { cli } from './cli.ts';
export { charts } from './charts.ts';
export { domain } from './domain.ts';
export { errors } from './errors.ts';
export { page } from './page.ts';
export { problems } from './problems.ts';
export { reports } from './reports.ts';
