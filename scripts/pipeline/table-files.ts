/**
 * The names of the editors' tables in a content folder, and each table as
 * read. Apart from tables.ts (which checks them, with the gazetteer behind it)
 * so that reading the inputs loads none of the pipeline: a run whose inputs did
 * not change reuses the last one's datasets without it (run-cache.ts).
 */
export const TABLE_FILES = { taxonomy: 'taxonomy.json', owners: 'owners.json', zones: 'zones.json', formerDivisions: 'former-divisions.json', site: 'site.json' } as const;
export type TableName = keyof typeof TABLE_FILES;
/** Each table as read: the path shown in errors and the file's text. */
export type TableFiles = Record<TableName, { file: string; source: string }>;
