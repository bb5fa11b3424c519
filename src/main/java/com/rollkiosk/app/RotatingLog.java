package com.rollkiosk.app;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Appends lines to {@code DIR/NAME.jsonl} from one background thread, so the event thread never
 * waits on a disk. The file rotates by size: at {@code rotateBytes} it is renamed with the next
 * sequence number (see {@link LogFiles}) and only the newest {@code keep} rotated files stay, newest
 * by order of writing, so a clock that is behind never deletes what was just written. Size rather
 * than month because it bounds the disk whatever the traffic; readers take dates from each line.
 *
 * <p>Written lines are forced to the disk within {@code forceEveryMs}, and at once for a line that
 * asks for it (a session's end), so a power cut loses seconds, not the tail of the day.
 *
 * <p>A write that fails (full disk, folder not writable, a folder listing that throws) drops its
 * lines, notes since when writing fails and how much was lost, and is retried with the next lines;
 * it never throws to the caller and never ends the writer. Should the writer still stop (an
 * {@link Error}), {@link #failure} says so and every later line counts as lost. {@link #close}
 * writes everything queued before it returns.
 */
final class RotatingLog implements AutoCloseable {

    /** Since when lines cannot be written, why, and how many were lost; for staff diagnostics. */
    record Failure(Instant since, String reason, long linesLost) {
    }

    /** How long a written line may wait for the disk; a power cut loses at most this much. */
    static final long FORCE_EVERY_MS = 2_000;

    private record Line(String text, boolean force) {
    }

    private static final System.Logger LOG = System.getLogger(RotatingLog.class.getName());
    private static final Object STOP = new Object();
    /** Far beyond what a kiosk writes in the time a slow disk takes; past it lines are dropped, not waited for. */
    private static final int QUEUE_LIMIT = 10_000;

    private final String name;
    private final LogFiles files;
    private final long rotateBytes;
    private final int keep;
    private final Clock clock;
    private final long forceEveryNanos;
    private final BlockingQueue<Object> queue = new LinkedBlockingQueue<>(QUEUE_LIMIT);
    private final Thread writer;
    /** Lost since the current run of failures began; shown with the failure. */
    private final AtomicLong lost = new AtomicLong();
    /** Lost since the kiosk started; only grows. */
    private final AtomicLong lostTotal = new AtomicLong();
    private final AtomicLong forces = new AtomicLong();
    private volatile Failure failure;
    private volatile Failure stopped;
    private volatile boolean closed;
    private FileChannel channel;
    private OutputStream out;
    private long size;
    private long nextSequence = 1;
    /** When the oldest line not yet forced to disk was written ({@link System#nanoTime}); -1 when none. */
    private long unforcedSince = -1;

    RotatingLog(Path dir, String name, long rotateBytes, int keep) {
        this(dir, name, rotateBytes, keep, Clock.systemUTC(), LogFiles.DISK, FORCE_EVERY_MS);
    }

    /** @param clock names rotated files and dates failures; it may be wrong, the order of files never is */
    RotatingLog(Path dir, String name, long rotateBytes, int keep, Clock clock, LogFiles.Lister lister,
                long forceEveryMs) {
        this.name = name;
        this.files = new LogFiles(dir, name, lister);
        this.rotateBytes = rotateBytes;
        this.keep = keep;
        this.clock = clock;
        this.forceEveryNanos = TimeUnit.MILLISECONDS.toNanos(forceEveryMs);
        try {
            open();
        } catch (IOException | RuntimeException e) {
            failed(e, 0);
        }
        writer = new Thread(this::drain, name + "-writer");
        writer.setDaemon(true);
        writer.start();
    }

    /** The current file and the rotated ones in {@code dir}, oldest first by order of writing. */
    static List<Path> files(Path dir, String name) {
        return new LogFiles(dir, name, LogFiles.DISK).all();
    }

    /** Queues a line (without its newline); never blocks. */
    void append(String line) {
        append(line, false);
    }

    /** Queues a line; with {@code force}, it is on the disk before the next line is written. */
    void append(String line, boolean force) {
        if (closed || stopped != null || !queue.offer(new Line(line, force))) {
            lose(1);
        }
    }

    /** Empty while lines reach the disk. */
    Optional<Failure> failure() {
        Failure f = stopped != null ? stopped : failure;
        return f == null ? Optional.empty() : Optional.of(new Failure(f.since(), f.reason(), lost.get()));
    }

    /** True while lines do not reach the disk: a write fails, or the writer has stopped. */
    boolean failing() {
        return failure().isPresent();
    }

    /** Lines lost since this log was opened (queue full, disk failing, writer stopped); only grows. */
    long lostLines() {
        return lostTotal.get();
    }

    /** How often written lines were forced to the disk; for tests. */
    long forces() {
        return forces.get();
    }

    /** Waits until every line queued before this call is written (or has failed); for tests. */
    void awaitWritten() throws InterruptedException {
        CountDownLatch done = new CountDownLatch(1);
        queue.put(done);
        done.await(10, TimeUnit.SECONDS);
    }

    /** Writes what is queued, then closes the file. */
    @Override
    public void close() throws InterruptedException {
        if (closed) {
            return;
        }
        closed = true;
        if (writer.isAlive()) {
            queue.put(STOP);
            writer.join(TimeUnit.SECONDS.toMillis(10));
        }
    }

    private void drain() {
        List<Object> batch = new ArrayList<>();
        try {
            while (true) {
                Object first = unforcedSince < 0 ? queue.take()
                        : queue.poll(Math.max(0, unforcedSince + forceEveryNanos - System.nanoTime()), TimeUnit.NANOSECONDS);
                if (first != null) {
                    batch.add(first);
                    queue.drainTo(batch);
                }
                boolean stop = write(batch);
                batch.clear();
                if (stop) {
                    break;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Error e) {
            stopped = new Failure(clock.instant(), "the log writer stopped: " + e, 0);
            lose(queue.size());
            LOG.log(System.Logger.Level.ERROR, "the " + name + " log writer stopped", e);
            throw e;
        } finally {
            closeQuietly();
        }
    }

    /** Writes the lines of a batch and forces them when due; true when it held the stop mark. */
    private boolean write(List<Object> batch) {
        long lines = batch.stream().filter(Line.class::isInstance).count();
        long written = 0;
        boolean forceNow = false;
        try {
            for (Object item : batch) {
                if (item instanceof Line line) {
                    writeLine(line.text());
                    written++;
                    forceNow |= line.force();
                }
            }
            boolean stop = batch.contains(STOP);
            if (forceNow || stop || (unforcedSince >= 0 && System.nanoTime() - unforcedSince >= forceEveryNanos)) {
                force();
            }
        } catch (IOException | RuntimeException e) {
            failed(e, lines - written);
            closeQuietly();
        }
        batch.stream().filter(CountDownLatch.class::isInstance).map(CountDownLatch.class::cast)
                .forEach(CountDownLatch::countDown);
        return batch.contains(STOP);
    }

    private void writeLine(String line) throws IOException {
        byte[] bytes = (line + "\n").getBytes(StandardCharsets.UTF_8);
        if (out == null) {
            open();
            if (failure != null) {
                // The last write may have stopped mid-line: end it, so this line stays whole.
                out.write('\n');
            }
        }
        if (size > 0 && size + bytes.length > rotateBytes) {
            rotate();
        }
        out.write(bytes);
        size += bytes.length;
        if (unforcedSince < 0) {
            unforcedSince = System.nanoTime();
        }
        if (failure != null) {
            LOG.log(System.Logger.Level.INFO, name + " log written again; " + lost.get() + " lines were lost since "
                    + failure.since());
            failure = null;
            lost.set(0);
        }
    }

    private void open() throws IOException {
        Path file = files.current();
        Files.createDirectories(file.getParent());
        channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.APPEND);
        out = Channels.newOutputStream(channel);
        size = channel.size();
        // A pipe or a device cannot be forced, and need not be.
        unforcedSince = -1;
        if (!Files.isRegularFile(file)) {
            channel = null;
        }
    }

    private void force() throws IOException {
        if (channel != null && unforcedSince >= 0) {
            channel.force(false);
            forces.incrementAndGet();
        }
        unforcedSince = -1;
    }

    private void rotate() throws IOException {
        force();
        out.close();
        out = null;
        Path rotated = files.rotated(sequenceForNext(), clock.instant());
        Files.move(files.current(), rotated);
        nextSequence++;
        open();
        prune();
    }

    /** One past the highest number in use, so a file copied in by hand cannot be overtaken. */
    private long sequenceForNext() {
        try {
            for (Path p : files.rotated()) {
                nextSequence = Math.max(nextSequence, files.sequence(p) + 1);
            }
        } catch (IOException | RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "cannot list the " + name + " logs; numbering on from "
                    + nextSequence + ": " + e);
        }
        return nextSequence;
    }

    /** Deletes the oldest rotated files beyond {@code keep}; one that cannot is left for the next rotation. */
    private void prune() {
        try {
            List<Path> old = files.rotated();
            for (int i = 0; i < old.size() - keep; i++) {
                Files.deleteIfExists(old.get(i));
                Files.deleteIfExists(LogFiles.summaryOf(old.get(i)));
            }
        } catch (IOException | RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "cannot prune the " + name + " logs; trying at the next rotation: " + e);
        }
    }

    private void lose(long lines) {
        lost.addAndGet(lines);
        lostTotal.addAndGet(lines);
    }

    private void failed(Exception e, long lines) {
        lose(lines);
        if (failure == null) {
            // Once per run of failures: a full disk must not flood the diagnostic log.
            LOG.log(System.Logger.Level.ERROR, "cannot write the " + name + " log in " + files.current().getParent()
                    + ": " + e);
            failure = new Failure(clock.instant(), String.valueOf(e.getMessage()), 0);
        }
    }

    private void closeQuietly() {
        if (out != null) {
            try {
                out.close();
            } catch (IOException | RuntimeException e) {
                LOG.log(System.Logger.Level.WARNING, "closing the " + name + " log: " + e.getMessage());
            }
            out = null;
            channel = null;
        }
    }
}
