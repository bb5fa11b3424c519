package com.rollkiosk.sensor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.rollkiosk.config.SensorSettings;
import org.junit.jupiter.api.Test;

class SensorSpecTest {

    @Test
    void everyDocumentedFormParsesAndPrintsBack() {
        for (String form : new String[] {"serial:/dev/ttyACM0", "auto", "auto-or-sim", "sim", "replay:a.csv", "none"}) {
            assertThat(SensorSpec.parse(form).toString()).isEqualTo(form);
        }
    }

    @Test
    void serialKeepsWindowsPortNames() {
        assertThat(SensorSpec.parse("serial:COM3")).isEqualTo(new SensorSpec(SensorSpec.Kind.SERIAL, "COM3"));
    }

    @Test
    void unknownSpecIsRefusedNamingTheAcceptedForms() {
        assertThatThrownBy(() -> SensorSpec.parse("usb")).hasMessageContaining("unknown sensor 'usb'")
                .hasMessageContaining(SensorSpec.FORMS);
        assertThatThrownBy(() -> SensorSpec.parse("serial:")).hasMessageContaining("unknown sensor");
    }

    @Test
    void configPortIsAPathOrAutoOrNone() {
        assertThat(SensorSpec.fromSettings(SensorSettings.defaults()).kind()).isEqualTo(SensorSpec.Kind.AUTO);
        assertThat(SensorSpec.fromSettings(new SensorSettings("/dev/ttyUSB0", null, null, null, null, null,
                null, null, null, null, null))).isEqualTo(new SensorSpec(SensorSpec.Kind.SERIAL, "/dev/ttyUSB0"));
    }
}
