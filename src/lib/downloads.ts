/** The dataset files offered on /data/ and served from /data/<file>. */
export const DOWNLOADS = [
  { name: 'cases', title: '案例', formats: ['json', 'csv', 'schema.json'] },
  { name: 'figures', title: '数字', formats: ['json', 'csv', 'schema.json'] },
  { name: 'documents', title: '报告', formats: ['json', 'csv', 'schema.json'] },
  { name: 'districts', title: '各区', formats: ['json', 'schema.json'] },
  { name: 'corrections', title: '更正', formats: ['json', 'schema.json'] },
] as const;

/** The Frictionless Data Package describing every download (written by the pipeline). */
export const DATA_PACKAGE = 'datapackage.json';
