package com.rollkiosk.app;

import com.rollkiosk.domain.KioskFlow;
import com.rollkiosk.domain.SensorStatus;
import com.rollkiosk.domain.Steadiness;
import com.rollkiosk.sensor.ContactListener;

/** The kiosk's wiring of the roller's contact, steadiness and status to the flow, without the event thread between. */
final class FlowWiring {

    private FlowWiring() {
    }

    static ContactListener to(KioskFlow flow) {
        return new ContactListener() {
            @Override
            public void contactOn(long tNanos, double value) {
                flow.pressure(true);
            }

            @Override
            public void contactOff(long tNanos, double value) {
                flow.pressure(false);
            }

            @Override
            public void steadinessChanged(long tNanos, Steadiness steadiness) {
                flow.steadiness(steadiness);
            }

            @Override
            public void statusChanged(SensorStatus status, String detail) {
                flow.sensorStatus(status);
            }
        };
    }
}
