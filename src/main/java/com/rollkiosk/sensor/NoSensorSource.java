package com.rollkiosk.sensor;

/** {@code none}: the kiosk runs on touch alone, and says so once. */
public final class NoSensorSource implements SensorSource {

    @Override
    public void start(SensorListener listener) {
        listener.onFinished("no sensor configured");
    }

    @Override
    public void stop() {
    }

    @Override
    public String describe() {
        return "none";
    }
}
