package com.rollkiosk.app;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * Appends lines to {@code DIR/NAME.jsonl} from one background thread, so the event thread never
 * waits on a disk. The file rotates by size: at {@code rotateBytes} it is renamed
 * {@code NAME-yyyyMMdd-HHmmssSSS.jsonl} (UTC, so names sort by age) and only the newest
 * {@code keep} of those stay. Size rather than month because it bounds the disk whatever the
 * traffic or card period; readers take dates from each line, so file boundaries do not matter.
 *
 * <p>A write that fails (full disk, folder not writable) drops its lines, notes since when
 * writing fails and how much was lost, and is retried with the next lines; it never throws to the
 * caller. {@link #close} writes everything queued before it returns.
 */
final class RotatingLog implements AutoCloseable {

    /** Since when lines cannot be written, why, and how many were lost; for staff diagnostics. */
    record Failure(Instant since, String reason, long linesLost) {
    }

    private static final System.Logger LOG = System.getLogger(RotatingLog.class.getName());
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmssSSS")
            .withZone(ZoneOffset.UTC);
    private static final Object STOP = new Object();
    /** Far beyond what a kiosk writes in the time a slow disk takes; past it lines are dropped, not waited for. */
    private static final int QUEUE_LIMIT = 10_000;

    private final Path dir;
    private final String name;
    private final long rotateBytes;
    private final int keep;
    private final BlockingQueue<Object> queue = new LinkedBlockingQueue<>(QUEUE_LIMIT);
    private final Thread writer;
    private final AtomicLong lost = new AtomicLong();
    /** Unlike {@link #lost}, never reset: a count for metrics. */
    private final AtomicLong lostSinceOpen = new AtomicLong();
    private volatile Failure failure;
    private volatile boolean closed;
    private OutputStream out;
    private long size;

    RotatingLog(Path dir, String name, long rotateBytes, int keep) {
        this.dir = dir;
        this.name = name;
        this.rotateBytes = rotateBytes;
        this.keep = keep;
        try {
            open();
        } catch (IOException e) {
            failed(e, 0);
        }
        writer = new Thread(this::drain, name + "-writer");
        writer.setDaemon(true);
        writer.start();
    }

    /** The current file and the rotated ones in {@code dir}, oldest first. */
    static List<Path> files(Path dir, String name) {
        List<Path> files = new ArrayList<>();
        if (Files.isDirectory(dir)) {
            try (Stream<Path> all = Files.list(dir)) {
                all.filter(p -> isRotated(p, name)).sorted().forEach(files::add);
            } catch (IOException e) {
                LOG.log(System.Logger.Level.WARNING, "cannot list " + dir + ": " + e.getMessage());
            }
        }
        Path current = dir.resolve(name + ".jsonl");
        if (Files.isRegularFile(current)) {
            files.add(current);
        }
        return files;
    }

    private static boolean isRotated(Path file, String name) {
        String f = file.getFileName().toString();
        return f.startsWith(name + "-") && f.endsWith(".jsonl");
    }

    /** Queues a line (without its newline); never blocks. */
    void append(String line) {
        if (closed || !queue.offer(line)) {
            lost.incrementAndGet();
            lostSinceOpen.incrementAndGet();
        }
    }

    /** Empty while lines reach the disk. */
    Optional<Failure> failure() {
        Failure f = failure;
        return f == null ? Optional.empty() : Optional.of(new Failure(f.since(), f.reason(), lost.get()));
    }

    /** Lines dropped since this log was opened, whether or not writing fails now. */
    long linesLost() {
        return lostSinceOpen.get();
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
        queue.put(STOP);
        writer.join(TimeUnit.SECONDS.toMillis(10));
    }

    private void drain() {
        List<Object> batch = new ArrayList<>();
        try {
            while (true) {
                batch.add(queue.take());
                queue.drainTo(batch);
                boolean stop = write(batch);
                batch.clear();
                if (stop) {
                    break;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        closeQuietly();
    }

    /** Writes the lines of a batch; true when it held the stop mark. */
    private boolean write(List<Object> batch) {
        long lines = batch.stream().filter(String.class::isInstance).count();
        long written = 0;
        try {
            for (Object item : batch) {
                if (item instanceof String line) {
                    writeLine(line);
                    written++;
                }
            }
        } catch (IOException e) {
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
        if (failure != null) {
            LOG.log(System.Logger.Level.INFO, name + " log written again; " + lost.get() + " lines were lost since "
                    + failure.since());
            failure = null;
            lost.set(0);
        }
    }

    private void open() throws IOException {
        Files.createDirectories(dir);
        Path file = dir.resolve(name + ".jsonl");
        out = Files.newOutputStream(file, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        size = Files.size(file);
    }

    private void rotate() throws IOException {
        out.close();
        out = null;
        Path current = dir.resolve(name + ".jsonl");
        // A later name than any before, so that names sort by age even for two rotations in one ms.
        Instant at = Instant.now();
        while (Files.exists(rotatedName(at))) {
            at = at.plusMillis(1);
        }
        Files.move(current, rotatedName(at));
        List<Path> old = files(dir, name);
        old.remove(current);
        for (int i = 0; i < old.size() - keep; i++) {
            Files.deleteIfExists(old.get(i));
        }
        open();
    }

    private Path rotatedName(Instant at) {
        return dir.resolve(name + "-" + STAMP.format(at) + ".jsonl");
    }

    private void failed(IOException e, long lines) {
        lost.addAndGet(lines);
        lostSinceOpen.addAndGet(lines);
        if (failure == null) {
            // Once per run of failures: a full disk must not flood the diagnostic log.
            LOG.log(System.Logger.Level.ERROR, "cannot write the " + name + " log in " + dir + ": " + e);
            failure = new Failure(Instant.now(), String.valueOf(e.getMessage()), 0);
        }
    }

    private void closeQuietly() {
        if (out != null) {
            try {
                out.close();
            } catch (IOException e) {
                LOG.log(System.Logger.Level.WARNING, "closing the " + name + " log: " + e.getMessage());
            }
            out = null;
        }
    }
}
