/** The dataset files offered on /data/ and served from /data/<file>. */
export const DOWNLOADS = [
  { name: 'cases', title: '案例', record: 'Case', formats: ['json', 'csv'] },
  { name: 'figures', title: '数字', record: 'Figure', formats: ['json', 'csv'] },
  { name: 'documents', title: '报告', record: 'DocumentRecord', formats: ['json', 'csv'] },
  { name: 'districts', title: '各区', record: 'District', formats: ['json'] },
] as const;
