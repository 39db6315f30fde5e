/**
 * One desk decision applied to a report's review file
 * (content/reviews/<document id>.yaml) as YAML text: the file is edited in
 * place through the `yaml` package's Document API, so an editor's comments,
 * order and hand edits stay as they were. A decision is validated with the
 * entry schemas of the review format itself (pipeline/reviews.ts), and the
 * edited file again with the pipeline's own parser before it is accepted, so
 * the desk can never write a file the pipeline would refuse.
 */
import { type Document, isMap, isSeq, parseDocument, type YAMLMap, type YAMLSeq } from 'yaml';
import { z } from 'zod';
import { parseReview, reviewSchema } from '../pipeline/reviews.ts';
import type { PlaceTables } from '../pipeline/places.ts';
import { knownDistrict, suggestDistricts, suggestionsInChinese } from '../pipeline/district-suggest.ts';

/** The entry schema of one list of the review format (reject, accept, add, edit). */
const entryOf = <K extends 'reject' | 'accept' | 'add' | 'edit'>(list: K) => reviewSchema.shape[list].unwrap().element;
const figureEntry = reviewSchema.shape.figures.unwrap().shape.reject.unwrap().element;
const metadataFields = reviewSchema.shape.metadata.unwrap();

/** Where each decision goes in the file, what identifies its entry there, and which list it takes the same id out of. */
const PLACES = {
  'reject-case': { path: ['reject'], key: 'id', clears: ['accept'] },
  'accept-case': { path: ['accept'], key: 'id', clears: ['reject'] },
  'add-case': { path: ['add'], key: 'title', clears: [] },
  'edit-case': { path: ['edit'], key: 'id', clears: [] },
  'reject-figure': { path: ['figures', 'reject'], key: 'id', clears: [] },
} as const;

/** What an undo may take out: an entry of a list (dotted path, as the desk lists them), or one metadata field. */
const UNDOABLE = ['reject', 'accept', 'add', 'edit', 'figures.reject', 'metadata'] as const;

export const decisionSchema = z.discriminatedUnion('action', [
  entryOf('reject').extend({ action: z.literal('reject-case') }).strict(),
  entryOf('accept').extend({ action: z.literal('accept-case') }).strict(),
  entryOf('add').extend({ action: z.literal('add-case') }).strict(),
  entryOf('edit').extend({ action: z.literal('edit-case') }).strict(),
  figureEntry.extend({ action: z.literal('reject-figure') }).strict(),
  metadataFields.extend({ action: z.literal('metadata') }).strict(),
  z.object({ action: z.literal('undo'), list: z.enum(UNDOABLE), key: z.string().min(1) }).strict(),
]);

export type Decision = z.infer<typeof decisionSchema>;

/** A decision the review format refuses, with the pipeline's own words. */
export class DecisionError extends Error {}

type Path = readonly string[];

/** The list at `path`, or undefined when the file has none. */
function listAt(doc: Document, path: Path): YAMLSeq | undefined {
  const node = doc.getIn(path, true);
  return isSeq(node) ? node : undefined;
}

/** Index of the entry whose `key` field is `value` in the list at `path`, or -1. */
function indexOf(doc: Document, path: Path, key: string, value: string): number {
  const list = listAt(doc, path);
  return list ? list.items.findIndex((item) => isMap(item) && item.get(key) === value) : -1;
}

/** Take an entry out of its list, and the list (and an emptied parent map) out of the file. */
function remove(doc: Document, path: Path, key: string, value: string): boolean {
  const at = indexOf(doc, path, key, value);
  if (at < 0) return false;
  doc.deleteIn([...path, at]);
  for (let depth = path.length; depth > 0; depth--) {
    const node = doc.getIn(path.slice(0, depth), true);
    if ((isSeq(node) || isMap(node)) && node.items.length === 0) doc.deleteIn(path.slice(0, depth));
  }
  return true;
}

/** Add an entry, or update the fields of the one with the same key (an edit adds fields to an earlier edit). */
function upsert(doc: Document, path: Path, key: string, entry: Record<string, unknown>): void {
  const at = indexOf(doc, path, key, String(entry[key]));
  if (at < 0) {
    if (!listAt(doc, path)) doc.setIn(path, doc.createNode([]));
    doc.addIn(path, doc.createNode(entry));
    return;
  }
  const item = doc.getIn([...path, at], true) as YAMLMap;
  for (const [field, value] of Object.entries(entry)) item.set(field, value);
}

/** Take one decision out: a list entry by its id (an added case by its title), or a metadata field. */
function undo(doc: Document, list: (typeof UNDOABLE)[number], key: string): void {
  if (list === 'metadata') {
    if (!doc.hasIn(['metadata', key])) throw new DecisionError(`The metadata has no field "${key}".`);
    doc.deleteIn(['metadata', key]);
    const rest = doc.getIn(['metadata'], true);
    if (isMap(rest) && rest.items.length === 0) doc.deleteIn(['metadata']);
    return;
  }
  const field = list === 'add' ? 'title' : 'id';
  if (!remove(doc, list.split('.'), field, key)) throw new DecisionError(`No decision in ${list} has ${field} "${key}".`);
}

/** A district the pipeline cannot place, refused in the editor's language with the districts they may have meant. */
function checkDistrict(decision: Decision, zones: PlaceTables): void {
  const district = 'district' in decision ? decision.district : undefined;
  if (typeof district !== 'string' || knownDistrict(district, zones)) return;
  throw new DecisionError(`district: 所在区“${district}”不是行政区划中的区，也不是已撤销或更名的旧区。${suggestionsInChinese(suggestDistricts(district, zones))}市级单位或覆盖全市的报告请留空。`);
}

/** The header of a file the desk creates: what it is, for the editor who opens it by hand. */
function header(documentId: string): string {
  return ` Editors' decisions on the report ${documentId}: written by the desk (/desk/${documentId}/) and by hand.\n See README, "For editors". Applied by the pipeline on every run.`;
}

/**
 * The review file's new text after one decision. `source` is the file's text,
 * or null when the report has none yet; `zones` the place tables districts are
 * checked against (home city, former divisions). Throws DecisionError when the
 * decision or the resulting file is not valid (a hand edit may already have broken it).
 */
export function applyDecision(documentId: string, source: string | null, decision: Decision, zones: PlaceTables): string {
  checkDistrict(decision, zones);
  const doc = parseDocument(source ?? '');
  if (doc.errors.length) throw new DecisionError(`The review file is not valid YAML: ${doc.errors[0]!.message.split('\n')[0]} Fix it by hand first.`);
  if (doc.contents === null) {
    doc.contents = doc.createNode({}) as unknown as typeof doc.contents;
    doc.commentBefore = header(documentId);
  }
  if (decision.action === 'undo') undo(doc, decision.list, decision.key);
  else if (decision.action === 'metadata') {
    const { action, ...fields } = decision;
    for (const [field, value] of Object.entries(fields)) doc.setIn(['metadata', field], value);
  } else {
    const { action, ...entry } = decision;
    const place = PLACES[action];
    for (const other of place.clears) remove(doc, [other], place.key, String(entry[place.key as keyof typeof entry]));
    upsert(doc, place.path, place.key, entry);
  }
  const text = doc.toString();
  const { problems } = parseReview({ file: `content/reviews/${documentId}.yaml`, source: text }, zones);
  if (problems.length) throw new DecisionError(problems.map((p) => p.message).join('\n'));
  return text;
}
