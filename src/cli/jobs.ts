// `--jobs N`: a command's work on a large file spread over worker threads. The main thread reads
// the file and cuts it into chunks of whole records; the command's shard step runs on each chunk
// (in this thread, or in a worker) and returns plain data; the results are taken in the file's
// order, so the output is the same for every N. The main thread waits with Atomics.wait and
// receiveMessageOnPort, so `run` stays synchronous.
import { MessageChannel, type MessagePort, receiveMessageOnPort, Worker, workerData } from 'node:worker_threads';
import { SlaError } from '../core/errors.js';
import type { CommandContext } from './command.js';
import { DataError } from './data-error.js';
import { CHUNK_CHARS, chunkRecords, type CsvChunk, type CsvLayout, splitCsv } from './input.js';
import { integerOption } from './options.js';
import { UsageError } from './usage-error.js';

/** The `--jobs` option and its `--help` line. */
export const JOBS_OPTION = { jobs: { type: 'string' } } as const;
export const JOBS_HELP = '  --jobs N            spread the work over N worker threads (default 1); the output is the same for every N';

/** The chunk size: CHUNK_CHARS, or SLAKIT_CHUNK_CHARS (tests use small chunks to cut small files into many). */
function chunkChars(): number {
  const value = Number(process.env['SLAKIT_CHUNK_CHARS'] ?? '');
  return Number.isSafeInteger(value) && value >= 1024 ? value : CHUNK_CHARS;
}

/** Chunks handed to one worker before it answers: one to work on and one waiting. */
const QUEUED_PER_WORKER = 2;

/** What a worker thread is started with. */
interface WorkerData {
  readonly slakitWorker: true;
  readonly argv: readonly string[];
  readonly port: MessagePort;
  readonly signal: Int32Array;
  /** The main thread's start: `now` when the command line has no `--now`. */
  readonly startedAt: number;
}

/** A failure in a worker, as data (errors do not cross threads with their class). */
type WorkerError =
  | { readonly kind: 'usage' | 'internal'; readonly message: string }
  | { readonly kind: 'data'; readonly problems: readonly string[] }
  | { readonly kind: 'sla'; readonly message: string; readonly code: string; readonly details: unknown };

type Answer = { readonly seq: number } & ({ readonly ok: true; readonly result: unknown } | { readonly ok: false; readonly error: WorkerError });

function errorData(error: unknown): WorkerError {
  if (error instanceof UsageError) return { kind: 'usage', message: error.message };
  if (error instanceof DataError) return { kind: 'data', problems: error.problems };
  if (error instanceof SlaError) return { kind: 'sla', message: error.message, code: error.code, details: error.details };
  return { kind: 'internal', message: error instanceof Error ? `${error.name}: ${error.message}` : String(error) };
}

function errorOf(data: WorkerError): Error {
  switch (data.kind) {
    case 'usage':
      return new UsageError(data.message);
    case 'data':
      return new DataError(data.problems);
    case 'sla':
      return Object.assign(Object.create(SlaError.prototype) as SlaError, { name: 'SlaError', message: data.message, code: data.code, details: data.details });
    default:
      return new Error(`in a worker thread: ${data.message}`);
  }
}

/** `--jobs`: 1 to 64 worker threads. */
export function jobsOption(context: CommandContext): number {
  return integerOption(context, 'jobs', 1, 1, 64);
}

/**
 * Runs `shard` on each chunk of the command's input file, in order: in this thread, or with
 * `--jobs N` in N worker threads, and hands each result to `take` in the file's order. A JSON input
 * is one chunk. An error of a chunk is thrown when its turn comes, as it would be in one thread.
 */
export function forEachShard<S>(context: CommandContext, shard: (context: CommandContext) => S, take: (result: S) => void): void {
  const jobs = jobsOption(context);
  const name = context.positionals[0] as string;
  const split = splitCsv(context, name, chunkChars());
  if ('json' in split) {
    take(shard({ ...context, input: split.json }));
    return;
  }
  const { layout, chunks } = split;
  let taken = 0;
  const counted = (result: S): void => {
    taken++;
    take(result);
  };
  if (jobs === 1 || context.workerUrl === undefined) {
    for (const chunk of chunks) counted(shard({ ...context, input: chunkRecords(layout, chunk) }));
  } else runInWorkers(context.workerUrl, context.argv ?? [], context.startedAt ?? Date.now(), jobs, layout, chunks, (result) => counted(result as S));
  // A file of a header only is still read (its columns checked) as one empty chunk.
  if (taken === 0) take(shard({ ...context, input: chunkRecords(layout, { texts: [], firstRow: 2 }) }));
}

function runInWorkers(url: URL, argv: readonly string[], startedAt: number, jobs: number, layout: CsvLayout, chunks: Iterable<CsvChunk>, take: (result: unknown) => void): void {
  // [0]: answers sent; [1]: workers that stopped on an error of their own (never expected).
  const signal = new Int32Array(new SharedArrayBuffer(8));
  const workers = Array.from({ length: jobs }, () => {
    const { port1, port2 } = new MessageChannel();
    const data: WorkerData = { slakitWorker: true, argv, port: port2, signal, startedAt };
    const worker = new Worker(url, { workerData: data, transferList: [port2] });
    worker.unref();
    return { worker, port: port1, queued: 0 };
  });
  const answers = new Map<number, Answer>();
  let sent = 0;
  let taken = 0;
  // Takes the answers that are next in order; an error is thrown at its turn.
  const takeInOrder = (): void => {
    for (let answer = answers.get(taken); answer !== undefined; answer = answers.get(taken)) {
      answers.delete(taken);
      taken++;
      if (!answer.ok) throw errorOf(answer.error);
      take(answer.result);
    }
  };
  const receive = (): void => {
    const before = Atomics.load(signal, 0);
    let got = false;
    for (const w of workers) {
      for (let message = receiveMessageOnPort(w.port); message !== undefined; message = receiveMessageOnPort(w.port)) {
        const answer = message.message as Answer;
        answers.set(answer.seq, answer);
        w.queued--;
        got = true;
      }
    }
    if (got) return;
    if (Atomics.load(signal, 1) > 0) throw new Error('a worker thread stopped before it answered');
    Atomics.wait(signal, 0, before, 1000);
  };
  try {
    for (const chunk of chunks) {
      let idle = workers.reduce((a, b) => (b.queued < a.queued ? b : a));
      while (idle.queued >= QUEUED_PER_WORKER) {
        receive();
        takeInOrder();
        idle = workers.reduce((a, b) => (b.queued < a.queued ? b : a));
      }
      idle.port.postMessage({ seq: sent++, layout, chunk });
      idle.queued++;
      takeInOrder();
    }
    while (taken < sent) {
      receive();
      takeInOrder();
    }
  } finally {
    for (const w of workers) {
      w.port.close();
      void w.worker.terminate();
    }
  }
}

/** Whether this thread is a `--jobs` worker of the slakit command. */
export function isSlakitWorker(): boolean {
  return (workerData as Partial<WorkerData> | null)?.slakitWorker === true;
}

/** Tells the main thread that this worker stopped on an error of its own, so that it does not wait for it. */
export function workerFailed(): void {
  const { signal } = workerData as WorkerData;
  Atomics.add(signal, 1, 1);
  Atomics.notify(signal, 0);
}

/** When the main thread's run started, for a `--jobs` worker thread. */
export function workerStartedAt(): number {
  return (workerData as WorkerData).startedAt;
}

/** The command line a `--jobs` worker thread was started with. */
export function workerArgv(): readonly string[] {
  return (workerData as WorkerData).argv;
}

/**
 * A worker thread's life once its command line is read: for each chunk the main thread sends, run
 * the command's shard step and answer with the result or the error.
 */
export function serveChunks(context: CommandContext, shard: (context: CommandContext) => unknown): void {
  const { port, signal } = workerData as WorkerData;
  port.on('message', (message: { seq: number; layout: CsvLayout; chunk: CsvChunk }) => {
    let answer: Answer;
    try {
      answer = { seq: message.seq, ok: true, result: shard({ ...context, input: chunkRecords(message.layout, message.chunk) }) };
    } catch (error) {
      answer = { seq: message.seq, ok: false, error: errorData(error) };
    }
    port.postMessage(answer);
    Atomics.add(signal, 0, 1);
    Atomics.notify(signal, 0);
  });
}
