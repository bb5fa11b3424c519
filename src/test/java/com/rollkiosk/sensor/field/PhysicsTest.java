package com.rollkiosk.sensor.field;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The emulator's people and sensors behave as the field does: a person is never still, an empty roller is. */
class PhysicsTest {

    @Test
    void aPersonMovesTheLoadByAFewPercentAndAnEmptyRollerOnlyByItsNoise() {
        Person person = Person.weighing(40, new Random(3));
        double min = Double.MAX_VALUE;
        double max = -Double.MAX_VALUE;
        for (int i = 0; i < 200; i++) {
            double kg = person.load(i * 0.05);
            min = Math.min(min, kg);
            max = Math.max(max, kg);
        }
        // Ten seconds: at least two breaths of 2-4 % each way, and at most a shift or two on top.
        assertThat((max - min) / 40).isBetween(0.03, 0.3);

        SensorModel cell = SensorModel.of(SensorModel.Kind.LOAD_CELL, new Random(3));
        Random noise = new Random(4);
        long first = cell.raw(0, 0, noise);
        for (int i = 0; i < 100; i++) {
            assertThat(Math.abs(cell.raw(0, 0, noise) - first)).isLessThan(400);
        }
        assertThat(first).isBetween(-90_000L, -78_000L);
        assertThat(Math.abs(cell.raw(30, 0, noise) - first)).isGreaterThan(400_000);
    }

    @Test
    void anFsrReadsNearZeroEmptyAndFlattensTowardsItsTop() {
        SensorModel fsr = SensorModel.of(SensorModel.Kind.FSR, new Random(5));
        Random noise = new Random(6);
        for (int i = 0; i < 100; i++) {
            assertThat(fsr.raw(0, 0, noise)).isBetween(0L, 10L);
        }
        long light = fsr.raw(6, 0, noise);
        long heavy = fsr.raw(40, 0, noise);
        long heavier = fsr.raw(80, 0, noise);
        assertThat(light).isBetween(300L, 800L);
        assertThat(heavy - light).isGreaterThan(heavier - heavy);
        assertThat(fsr.raw(10_000, 0, noise)).isLessThanOrEqualTo(1023L);
    }

    @Test
    void theLibraryExampleTaresOnWhatTheCellReadWhileItSettled() {
        LineFormat.Printer printer = LineFormat.HX711_ADC.printer();
        assertThat(printer.started()).contains("Starting...");
        for (int i = 0; i < 40; i++) {
            printer.settling(-84_000);
        }
        assertThat(printer.settled()).isEqualTo("Startup is complete\r\n");

        assertThat(printer.line(-84_000)).isEqualTo("Load_cell output val: 0.00\r\n");
        String loaded = "";
        for (int i = 0; i < 16; i++) {
            loaded = printer.line(-84_000 + 696 * 100);
        }
        assertThat(loaded).isEqualTo("Load_cell output val: 100.00\r\n");
    }
}
