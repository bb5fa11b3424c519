package com.rollkiosk.app;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.CancellationException;

/**
 * Reads a log's lines from a byte offset, split as {@link java.io.BufferedReader#readLine} splits
 * them ({@code \n}, {@code \r} or both), as bytes, a block at a time so a file of any size costs
 * one block of memory. An interrupted thread stops between blocks
 * with a {@link CancellationException}: a reader that nobody waits for any more ends at once.
 */
final class LogLines {

    private static final int BLOCK = 1 << 20;

    /** Takes each line as its bytes, without the line's end; the bytes are only valid during the call. */
    interface Sink {
        void add(byte[] bytes, int off, int len);
    }

    private LogLines() {
    }

    /**
     * Hands each line from {@code offset} to the end to {@code line}; a last line without its end is
     * handed only when {@code unterminatedToo}. Returns the offset after the last line handed.
     */
    static long read(Path file, long offset, boolean unterminatedToo, Sink line) throws IOException {
        try (FileChannel in = FileChannel.open(file, StandardOpenOption.READ)) {
            in.position(offset);
            byte[] block = new byte[BLOCK];
            ByteBuffer buffer = ByteBuffer.wrap(block);
            int kept = 0;
            long consumed = offset;
            while (true) {
                if (Thread.currentThread().isInterrupted()) {
                    throw new CancellationException("reading " + file + " was cancelled");
                }
                if (kept == block.length) {
                    // A line longer than a block: grow to hold it (a foreign file; ours are short).
                    block = java.util.Arrays.copyOf(block, block.length * 2);
                    buffer = ByteBuffer.wrap(block);
                }
                buffer.limit(block.length).position(kept);
                int n = in.read(buffer);
                if (n < 0) {
                    break;
                }
                int end = kept + n;
                int start = 0;
                for (int i = 0; i < end; i++) {
                    byte b = block[i];
                    if (b == '\n' || b == '\r') {
                        if (i > start) {
                            line.add(block, start, i - start);
                        }
                        start = i + 1;
                    }
                }
                consumed += start;
                kept = end - start;
                System.arraycopy(block, start, block, 0, kept);
            }
            if (unterminatedToo && kept > 0) {
                line.add(block, 0, kept);
                consumed += kept;
            }
            return consumed;
        }
    }
}
