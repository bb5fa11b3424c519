package com.rollkiosk.bench;

import com.fazecast.jSerialComm.SerialPort;
import com.fazecast.jSerialComm.SerialPortEvent;
import com.fazecast.jSerialComm.SerialPortMessageListener;
import com.rollkiosk.config.SensorSettings;
import com.rollkiosk.domain.SensorStatus;
import com.rollkiosk.sensor.ContactListener;
import com.rollkiosk.sensor.ContactTracker;
import com.rollkiosk.sensor.SerialSource;
import com.rollkiosk.sensor.Socat;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * From a line written to the Arduino's end of a socat pty pair to the kiosk's {@code contact_on}
 * (the serial reader, the line parser and the roller, as wired in the kiosk), with the debounce
 * set to 0 so only our own delay counts. Beside it, on the same pty, a bare jSerialComm listener
 * that is handed each line by the library: the least any reader could take. Blocks alternate so
 * that the machine's noise falls on both alike.
 */
final class SensorLatencyBench {

    private static final int BLOCKS = 4;
    private static final int PER_BLOCK = 250;

    private SensorLatencyBench() {
    }

    static void run() throws Exception {
        Path dir = Files.createTempDirectory("rollkiosk-latency");
        double[] ours = new double[BLOCKS * PER_BLOCK];
        double[] bare = new double[BLOCKS * PER_BLOCK];
        try (Socat socat = Socat.start(dir)) {
            Random pause = new Random(11);
            for (int b = 0; b < BLOCKS; b++) {
                throughTheKiosk(socat, ours, b * PER_BLOCK, pause);
                bareListener(socat, bare, b * PER_BLOCK, pause);
            }
        }
        double oursP90 = Bench.percentile(ours, 90);
        double bareP90 = Bench.percentile(bare, 90);
        double oursP99 = Bench.percentile(ours, 99);
        double bareP99 = Bench.percentile(bare, 99);
        Bench.report("line -> contact_on, p50", Bench.percentile(ours, 50), "ms", "debounce 0; through SerialSource + ContactTracker");
        Bench.report("line -> contact_on, p90", oursP90, "ms", "");
        Bench.report("line -> contact_on, p99", oursP99, "ms",
                String.format("%.1fx the bare listener; goal <= 1 ms and <= 3x", oursP99 / bareP99));
        Bench.report("bare jSerialComm listener, p50", Bench.percentile(bare, 50), "ms", "baseline, same pty");
        Bench.report("bare jSerialComm listener, p90", bareP90, "ms", "");
        Bench.report("bare jSerialComm listener, p99", bareP99, "ms", "baseline, same pty");
        Figures.put("sensor_latency_p99_ms", oursP99);
        Figures.put("sensor_latency_baseline_p99_ms", bareP99);
    }

    /** The kiosk's reader, contact found on the first reading over the threshold. */
    private static void throughTheKiosk(Socat socat, double[] out, int from, Random pause) throws Exception {
        SensorSettings settings = new SensorSettings(null, null, 0.0, 100.0, 50.0, 0, 0, null, null, null, null);
        LinkedBlockingQueue<Long> contacts = new LinkedBlockingQueue<>();
        CountDownLatch connected = new CountDownLatch(1);
        ContactTracker tracker = new ContactTracker(ContactTracker.settings(settings, null), new ContactListener() {
            @Override
            public void contactOn(long tNanos, double value) {
                contacts.add(System.nanoTime());
            }

            @Override
            public void contactOff(long tNanos, double value) {
                contacts.add(System.nanoTime());
            }

            @Override
            public void statusChanged(SensorStatus status, String detail) {
                if (status == SensorStatus.CONNECTED) {
                    connected.countDown();
                }
            }
        });
        SerialSource source = new SerialSource(socat.deviceEnd().toString(), settings, System::nanoTime, 10_000);
        source.start(tracker);
        try {
            if (!connected.await(10, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the serial source did not open the pty");
            }
            socat.write("0\n");
            Thread.sleep(50);
            cycles(socat, contacts, out, from, pause);
        } finally {
            source.stop();
        }
    }

    /** jSerialComm hands each whole line to a listener on its own thread; nothing else is done. */
    private static void bareListener(Socat socat, double[] out, int from, Random pause) throws Exception {
        LinkedBlockingQueue<Long> lines = new LinkedBlockingQueue<>();
        SerialPort port = SerialPort.getCommPort(socat.deviceEnd().toRealPath().toString());
        port.setComPortParameters(115200, 8, SerialPort.ONE_STOP_BIT, SerialPort.NO_PARITY);
        if (!port.openPort()) {
            throw new IllegalStateException("cannot open the pty: error " + port.getLastErrorCode());
        }
        try {
            port.addDataListener(new SerialPortMessageListener() {
                @Override
                public int getListeningEvents() {
                    return SerialPort.LISTENING_EVENT_DATA_RECEIVED;
                }

                @Override
                public byte[] getMessageDelimiter() {
                    return "\n".getBytes(StandardCharsets.US_ASCII);
                }

                @Override
                public boolean delimiterIndicatesEndOfMessage() {
                    return true;
                }

                @Override
                public void serialEvent(SerialPortEvent event) {
                    lines.add(System.nanoTime());
                }
            });
            socat.write("0\n");
            take(lines);
            cycles(socat, lines, out, from, pause);
        } finally {
            port.removeDataListener();
            port.closePort();
        }
    }

    /**
     * A person on, then off, {@link #PER_BLOCK} times, a few random milliseconds apart so the
     * writes fall anywhere in the reader's cycle; each arrival's delay after its "on" line goes in {@code out}.
     */
    private static void cycles(Socat socat, LinkedBlockingQueue<Long> arrivals, double[] out, int from, Random pause)
            throws Exception {
        for (int i = 0; i < PER_BLOCK; i++) {
            long written = System.nanoTime();
            socat.write("1000\n");
            out[from + i] = (take(arrivals) - written) / 1e6;
            Thread.sleep(2 + pause.nextInt(4));
            socat.write("0\n");
            take(arrivals);
            Thread.sleep(2 + pause.nextInt(4));
        }
    }

    private static long take(LinkedBlockingQueue<Long> queue) throws InterruptedException {
        Long t = queue.poll(2, TimeUnit.SECONDS);
        if (t == null) {
            throw new IllegalStateException("nothing arrived within 2 s");
        }
        return t;
    }
}
