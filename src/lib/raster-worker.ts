/**
 * The drawing thread's entry (started by raster-pool.ts): draws each share
 * image it is sent (raster.ts) and posts the PNG bytes back, or the error.
 * Plain Node (no Vite): it is loaded from src/ by path, types stripped by Node.
 */
import { parentPort } from 'node:worker_threads';
import { drawRasterJob, type RasterJob } from './raster.ts';

interface Message {
  id: number;
  job: RasterJob;
}

// One image per turn of the event loop, not all queued messages in one go: resvg's images and
// font databases are freed by finalizers that Node runs between turns (3.4 GB held at 230 images otherwise).
const queue: Message[] = [];

function drawNext(): void {
  const message = queue.shift();
  if (!message) return;
  const { id, job } = message;
  try {
    parentPort!.postMessage({ id, png: drawRasterJob(job) });
  } catch (error) {
    parentPort!.postMessage({ id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  }
  if (queue.length) setImmediate(drawNext);
}

parentPort!.on('message', (message: Message) => {
  if (queue.push(message) === 1) setImmediate(drawNext);
});
