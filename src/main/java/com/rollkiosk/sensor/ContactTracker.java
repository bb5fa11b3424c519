package com.rollkiosk.sensor;

import com.rollkiosk.config.SensorSettings;
import com.rollkiosk.domain.ContactChange;
import com.rollkiosk.domain.ContactDetector;
import com.rollkiosk.domain.ContactThresholds;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Turns a source's raw readings into contact and status events: runs the {@link ContactDetector}
 * and counts what went by. Fed on the source's thread only; the counters may be read from anywhere.
 *
 * <p>Losing the sensor while someone is on the roller ends contact: nothing can vouch for them any
 * more, and the kiosk falls back to touch. The detector starts afresh on reconnection. A port whose
 * lines carry no reading is UNREADABLE, which ends contact too; its next reading makes it
 * CONNECTED again, with the port as the detail.
 */
public final class ContactTracker implements SensorListener {

    private final ContactDetector detector;
    private final ContactListener out;
    private final AtomicLong samples = new AtomicLong();
    private final AtomicLong garbage = new AtomicLong();
    private final AtomicLong unreadable = new AtomicLong();
    private final AtomicLong contacts = new AtomicLong();
    private final AtomicLong reconnects = new AtomicLong();
    private boolean everConnected;
    private SensorStatus status;
    private String port;
    private long lastT;
    private double lastValue;

    public ContactTracker(ContactThresholds thresholds, ContactListener out) {
        this.detector = new ContactDetector(thresholds);
        this.out = out;
    }

    public static ContactThresholds thresholds(SensorSettings s) {
        return ContactThresholds.ofMillis(s.baseline(), s.onThreshold(), s.offThreshold(),
                s.debounceOnMs(), s.debounceOffMs());
    }

    public SensorStats stats() {
        return new SensorStats(samples.get(), garbage.get(), unreadable.get(), contacts.get(), reconnects.get());
    }

    @Override
    public void onSample(long tNanos, double value) {
        samples.incrementAndGet();
        if (status == SensorStatus.UNREADABLE) {
            setStatus(SensorStatus.CONNECTED, port);
        }
        lastT = tNanos;
        lastValue = value;
        ContactChange change = detector.feed(tNanos, value);
        if (change == ContactChange.ON) {
            contacts.incrementAndGet();
            out.contactOn(tNanos, value);
        } else if (change == ContactChange.OFF) {
            out.contactOff(tNanos, value);
        }
    }

    @Override
    public void onInfo(String line) {
        unreadable.incrementAndGet();
        out.info(line);
    }

    @Override
    public void onGarbage() {
        garbage.incrementAndGet();
        unreadable.incrementAndGet();
    }

    /** Nothing vouches for a person on the roller any more, as when the port is lost. */
    @Override
    public void onUnreadable(String exampleLine) {
        endContact();
        setStatus(SensorStatus.UNREADABLE, exampleLine);
    }

    @Override
    public void onConnected(String port) {
        if (everConnected) {
            reconnects.incrementAndGet();
        }
        everConnected = true;
        this.port = port;
        detector.reset();
        setStatus(SensorStatus.CONNECTED, port);
    }

    @Override
    public void onDisconnected(String reason) {
        endContact();
        setStatus(SensorStatus.RECONNECTING, reason);
    }

    @Override
    public void onFinished(String reason) {
        endContact();
        setStatus(SensorStatus.NONE, reason);
        out.finished();
    }

    private void endContact() {
        if (detector.isOn()) {
            detector.reset();
            out.contactOff(lastT, lastValue);
        }
    }

    /**
     * Passes on a change of status only: a port that stays away fails each retry with a fresh
     * reason, and one loss should read as one {@code disconnected}, not one per retry.
     */
    private void setStatus(SensorStatus next, String detail) {
        if (next == status) {
            return;
        }
        status = next;
        out.statusChanged(next, detail);
    }
}
