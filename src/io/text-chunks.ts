/**
 * A file as a stream of text pieces, decompressed on the way when it is gzipped (`.gz`, or the
 * gzip magic bytes): Web Streams only — Blob.stream, DecompressionStream, TextDecoderStream — so
 * the same code runs in the worker, in Node and in tests, and a 100 MB file is never one string.
 */

export interface TextSource {
  /** Text pieces in order (UTF-8, byte-order mark removed). */
  chunks: AsyncIterable<string>;
  /** Bytes of the file read so far (compressed bytes for a gzipped file): progress against `size`. */
  bytesRead: () => number;
  size: number;
  gzip: boolean;
}

/** True when the blob starts with the gzip magic bytes (1f 8b). */
export async function isGzip(blob: Blob): Promise<boolean> {
  const head = new Uint8Array(await blob.slice(0, 2).arrayBuffer());
  return head[0] === 0x1f && head[1] === 0x8b;
}

/** Reads a blob as text, gunzipping it when it is gzipped. */
export async function textSource(blob: Blob): Promise<TextSource> {
  const gzip = await isGzip(blob);
  let read = 0;
  const counted = blob.stream().pipeThrough(
    new TransformStream<Uint8Array, Uint8Array>({
      transform(chunk, controller) {
        read += chunk.byteLength;
        controller.enqueue(chunk);
      },
    }),
  );
  const bytes = gzip ? counted.pipeThrough(new DecompressionStream('gzip') as unknown as TransformStream<Uint8Array, Uint8Array>) : counted;
  const text = bytes.pipeThrough(new TextDecoderStream() as unknown as TransformStream<Uint8Array, string>);
  return { chunks: iterate(text), bytesRead: () => read, size: blob.size, gzip };
}

async function* iterate(stream: ReadableStream<string>): AsyncGenerator<string> {
  const reader = stream.getReader();
  let first = true;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      if (first && value.length > 0) {
        first = false;
        yield value.charCodeAt(0) === 0xfeff ? value.slice(1) : value;
      } else if (value.length > 0) yield value;
    }
  } finally {
    // Stopping early (a preview, a cancel) releases the file.
    await reader.cancel().catch(() => undefined);
  }
}

/** The first `minChars` characters of a source (at least), for a preview. */
export async function readHead(source: TextSource, minChars: number): Promise<{ text: string; complete: boolean }> {
  let text = '';
  for await (const piece of source.chunks) {
    text += piece;
    if (text.length >= minChars) return { text, complete: false };
  }
  return { text, complete: true };
}
