package com.rollkiosk.sensor;

import com.rollkiosk.domain.SensorStatus;
import java.util.function.BiConsumer;

/** For tests that care only about the link's status: contacts are ignored. */
final class StatusListener implements ContactListener {

    private final BiConsumer<SensorStatus, String> onStatus;

    StatusListener(BiConsumer<SensorStatus, String> onStatus) {
        this.onStatus = onStatus;
    }

    @Override
    public void contactOn(long tNanos, double value) {
    }

    @Override
    public void contactOff(long tNanos, double value) {
    }

    @Override
    public void statusChanged(SensorStatus status, String detail) {
        onStatus.accept(status, detail);
    }
}
