package com.rollkiosk.sensor;

import com.fazecast.jSerialComm.SerialPort;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/** The few jSerialComm calls RollKiosk makes, with failures turned into sentences staff can act on. */
final class SerialPorts {

    static final String HELLO = "# rollkiosk-sensor";
    private static final int READ_TIMEOUT_MS = 100;
    private static final int EACCES = 13;
    private static final int EBUSY = 16;

    private SerialPorts() {
    }

    static List<PortCandidate> list() {
        return Arrays.stream(SerialPort.getCommPorts())
                .map(p -> new PortCandidate(p.getSystemPortPath(), String.valueOf(p.getPortDescription()),
                        p.getVendorID()))
                .toList();
    }

    /**
     * Opens {@code path} afresh: a symlink is resolved every time because a pty's or a USB device's
     * number can change between plug-ins, and jSerialComm must not reuse a stale handle.
     */
    static SerialPort open(String path, int baud) throws IOException {
        Path file = Path.of(path);
        if (!path.toUpperCase().startsWith("COM") && !Files.exists(file)) {
            throw new IOException("no such port: " + path);
        }
        String real = Files.exists(file) ? file.toRealPath().toString() : path;
        SerialPort port = SerialPort.getCommPort(real);
        port.setComPortParameters(baud, 8, SerialPort.ONE_STOP_BIT, SerialPort.NO_PARITY);
        port.setFlowControl(SerialPort.FLOW_CONTROL_DISABLED);
        port.setComPortTimeouts(SerialPort.TIMEOUT_READ_SEMI_BLOCKING, READ_TIMEOUT_MS, 0);
        if (!port.openPort()) {
            throw new IOException(openFailure(path, port.getLastErrorCode()));
        }
        // Bytes queued before we opened belong to an earlier session; the Arduino resets on open anyway.
        port.flushIOBuffers();
        return port;
    }

    private static String openFailure(String path, int errno) {
        return switch (errno) {
            case EACCES -> "permission denied on " + path + ": add the kiosk user to the dialout group";
            case EBUSY -> path + " is busy: another program (Serial Monitor?) has it open";
            default -> "cannot open " + path + " (error " + errno + ")";
        };
    }
}
