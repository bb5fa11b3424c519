package com.rollkiosk.sensor;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * A serial port as the operating system lists it, and the rules for {@code auto}: which ports are
 * worth listening to, and which first. Looking like an Arduino only ranks a port: FTDI, CH340 and
 * CP210x adapters also sit on UPS cables, RS-485 buses and touch controllers, so a port is kept only
 * once it speaks like the roller (see {@link ProbeGate}). Kept free of jSerialComm so the rules are
 * tested without hardware.
 *
 * @param path        the device path ({@code /dev/ttyACM0}, {@code COM3})
 * @param description what the driver calls it
 * @param vendorId    USB vendor id, or -1 when not a USB device
 */
public record PortCandidate(String path, String description, int vendorId) {

    /** Arduino LLC, Arduino SRL, and the USB-serial chips on Arduino clones: FTDI, CH340, CP210x. */
    private static final List<Integer> ARDUINO_VENDORS = List.of(0x2341, 0x2A03, 0x0403, 0x1A86, 0x10C4);
    private static final List<String> ARDUINO_WORDS = List.of("arduino", "ch340", "ch341", "cp210", "ft232");

    public boolean looksLikeArduino() {
        String text = description.toLowerCase(Locale.ROOT);
        return ARDUINO_VENDORS.contains(vendorId) || ARDUINO_WORDS.stream().anyMatch(text::contains);
    }

    /** A USB serial port: worth opening to listen for the roller; built-in UARTs are not. */
    public boolean isUsb() {
        String p = path.toLowerCase(Locale.ROOT);
        return vendorId >= 0 || p.contains("acm") || p.contains("usb");
    }

    /** Ports worth trying for {@code auto}, most Arduino-like first; none at all is an empty list. */
    public static List<PortCandidate> rank(List<PortCandidate> ports) {
        return ports.stream()
                .filter(p -> p.looksLikeArduino() || p.isUsb())
                .sorted(Comparator.comparing((PortCandidate p) -> !p.looksLikeArduino()).thenComparing(PortCandidate::path))
                .toList();
    }
}
