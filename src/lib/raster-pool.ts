/**
 * Share images drawn on worker threads (raster-worker.ts), off the thread
 * that renders the pages. Drawing is most of a cold build's CPU (two resvg
 * passes, composing and encoding ~3 MB of pixels per image); on the main
 * thread it stalled every page behind it. The og routes start their images
 * in getStaticPaths (share-image.ts shareImageAhead), which Astro calls for
 * every route before it renders the first page, so the images are drawn on
 * the other cores while the pages render. One thread per core beyond the
 * first (at least one, at most three); each image is drawn by one thread, so
 * the bytes do not depend on how many there are.
 */
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { RasterJob } from './raster.ts';

interface Drawer {
  worker: Worker;
  pending: Map<number, { resolve: (png: Buffer) => void; reject: (error: Error) => void }>;
}

let drawers: Drawer[] = [];
let nextId = 0;

function start(): Drawer {
  // Loaded from the source by path: the pages run from Vite's bundle, where import.meta.url is not src/lib/.
  const worker = new Worker(join(process.cwd(), 'src', 'lib', 'raster-worker.ts'));
  const drawer: Drawer = { worker, pending: new Map() };
  worker.unref(); // an idle drawing thread never keeps the process alive
  worker.on('message', ({ id, png, error }: { id: number; png?: Uint8Array; error?: string }) => {
    const job = drawer.pending.get(id)!;
    drawer.pending.delete(id);
    if (!drawer.pending.size) worker.unref();
    if (png) job.resolve(Buffer.from(png.buffer, png.byteOffset, png.byteLength));
    else job.reject(new Error(`share image: ${error}`));
  });
  worker.on('error', (error) => {
    drawers = drawers.filter((d) => d !== drawer);
    for (const job of drawer.pending.values()) job.reject(error);
    drawer.pending.clear();
  });
  return drawer;
}

/** Draw one share image on a drawing thread: the PNG bytes (raster.ts drawRasterJob). */
export function drawOffThread(job: RasterJob): Promise<Buffer> {
  const size = Math.min(3, Math.max(1, availableParallelism() - 1));
  while (drawers.length < size) drawers.push(start());
  const drawer = drawers.reduce((a, b) => (b.pending.size < a.pending.size ? b : a));
  const id = nextId++;
  return new Promise((resolve, reject) => {
    if (!drawer.pending.size) drawer.worker.ref(); // keep the process alive until the image is back
    drawer.pending.set(id, { resolve, reject });
    drawer.worker.postMessage({ id, job });
  });
}
