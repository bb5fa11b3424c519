package com.rollkiosk.sensor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PortCandidateTest {

    private static final PortCandidate UART = new PortCandidate("/dev/ttyS0", "Physical Port S0", -1);
    private static final PortCandidate UNO = new PortCandidate("/dev/ttyACM0", "Arduino Uno", 0x2341);
    private static final PortCandidate CLONE = new PortCandidate("/dev/ttyUSB1", "USB2.0-Serial", 0x1A86);
    private static final PortCandidate MODEM = new PortCandidate("/dev/ttyUSB0", "Sierra modem", 0x1199);

    @Test
    void arduinoLookingPortsComeFirst() {
        assertThat(PortCandidate.rank(List.of(MODEM, UART, CLONE, UNO)))
                .containsExactly(UNO, CLONE, MODEM);
    }

    @Test
    void builtInSerialPortsAreNeverTried() {
        assertThat(PortCandidate.rank(List.of(UART))).isEmpty();
    }

    @Test
    void otherUsbPortsAreCandidatesForTheHelloProbeOnly() {
        assertThat(MODEM.isUsb()).isTrue();
        assertThat(MODEM.looksLikeArduino()).isFalse();
    }
}
