/**
 * What a reader is told about a report's damaged passages: where the damage
 * is (the line of the original, linked), what kind of damage it was (in
 * Chinese), and the sentence as the site reads it after the correction
 * (linked). The editors' own notes on an erratum (its English reason, the
 * exact bytes, line:column, the file) stay on the desk (src/desk/).
 */
import type { DocumentRecord } from './data.ts';

type DamageKind = DocumentRecord['damage'][number]['kind'];

/** Why the text was damaged, as a reader reads it. */
const DAMAGE: Record<DamageKind, string> = {
  'replacement-marks': '字符在转码时丢失，显示为问号',
  'orphan-annotation': '残留的注音片段和乱码',
};

export interface ReaderErratum {
  /** Line of the original text (1-based): /sources/<id>/original/#l-<line>. */
  line: number;
  /** What was wrong, in Chinese (one clause per kind of damage found there). */
  damage: string;
  /** The sentence as it reads after the correction, and its index (#s-<index>); null when it fell outside every sentence. */
  sentence: { index: number; text: string } | null;
  corrected: true;
}

export interface ReaderDamage {
  line: number;
  damage: string;
  corrected: false;
}

const damageText = (kinds: Iterable<DamageKind>) => [...new Set(kinds)].map((k) => DAMAGE[k]).join('；');

/** Every applied correction (with the damage it repaired) and every damage spot still uncorrected, in reading order. */
export function readerErrata(doc: DocumentRecord): (ReaderErratum | ReaderDamage)[] {
  const fixed: ReaderErratum[] = doc.corrections.map((c) => {
    const end = c.offset + c.original.length;
    const kinds = doc.damage.filter((d) => d.offset < end && d.offset + d.length > c.offset).map((d) => d.kind);
    const s = doc.sentences.find((x) => x.original.start <= c.offset && c.offset < x.original.end);
    return {
      line: c.line,
      // A correction with no detected damage under it is an editor's reading of an unclear passage.
      damage: kinds.length ? damageText(kinds) : '原文此处文字不清',
      sentence: s ? { index: s.index, text: doc.text.slice(s.start, s.end) } : null,
      corrected: true,
    };
  });
  const open: ReaderDamage[] = doc.damage.filter((d) => !d.corrected).map((d) => ({ line: d.line, damage: damageText([d.kind]), corrected: false }));
  return [...fixed, ...open].sort((a, b) => a.line - b.line);
}
