/**
 * Synthetic corpora for benchmarks, made by recombining real paragraphs: copy
 * k of each seed keeps the seed's structure (so the recognizers find its
 * cases) and gains a few real paragraphs drawn from the other seeds; it gets
 * its own file name and manifest id, so its cases and figures are distinct.
 * Deterministic (seeded PRNG): the same factor gives the same bytes.
 */
import { mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/** mulberry32: small, fast, deterministic. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface ManifestEntry {
  id: string;
  file: string;
  [key: string]: unknown;
}

export async function makeCorpus(seedsDir: string, outDir: string, factor: number): Promise<{ files: number; bytes: number }> {
  await rm(outDir, { recursive: true, force: true });
  await mkdir(outDir, { recursive: true });
  const manifest = JSON.parse(await readFile(join(seedsDir, 'manifest.json'), 'utf8')) as ManifestEntry[];
  const corrections = JSON.parse(await readFile(join(seedsDir, 'corrections.json'), 'utf8')) as { file: string }[];
  const reports = (await readdir(seedsDir)).filter((f) => f.endsWith('.txt')).sort();
  const texts = new Map<string, string>();
  for (const f of reports) texts.set(f, await readFile(join(seedsDir, f), 'utf8'));
  // Donor paragraphs: long body lines of simplified reports (a traditional paragraph would change the script share).
  const donors = reports
    .filter((f) => manifest.find((m) => m.file === f)?.script !== 'traditional')
    .flatMap((f) => texts.get(f)!.split('\n').filter((l) => l.trim().length > 60));
  const random = prng(factor);
  const outManifest: ManifestEntry[] = [];
  const outCorrections: unknown[] = [];
  let bytes = 0;
  for (let k = 0; k < factor; k++) {
    for (const f of reports) {
      const name = k === 0 ? f : `x${String(k).padStart(3, '0')}_${f}`;
      const extra = Array.from({ length: 3 }, () => donors[Math.floor(random() * donors.length)]!);
      const text = k === 0 ? texts.get(f)! : `${texts.get(f)!.trimEnd()}\n${extra.join('\n')}\n`;
      await writeFile(join(outDir, name), text);
      bytes += Buffer.byteLength(text);
      const entry = manifest.find((m) => m.file === f);
      if (entry) outManifest.push({ ...entry, file: name, id: k === 0 ? entry.id : `${entry.id}-x${k}` });
      for (const c of corrections.filter((c) => c.file === f)) outCorrections.push({ ...c, file: name });
    }
  }
  await writeFile(join(outDir, 'manifest.json'), JSON.stringify(outManifest, null, 2));
  await writeFile(join(outDir, 'corrections.json'), JSON.stringify(outCorrections, null, 2));
  return { files: reports.length * factor, bytes };
}
