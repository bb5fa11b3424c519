package com.rollkiosk.ui;

import com.rollkiosk.content.Guide;
import com.rollkiosk.content.Staff;
import com.rollkiosk.domain.Clock;
import com.rollkiosk.domain.KioskFlow;

import java.util.Arrays;
import java.util.concurrent.Executor;

/**
 * The PIN pad in front of staff mode: digits shown as dots, checked off the event thread through
 * {@link StaffAccess}, and after wrong attempts a countdown on the kiosk clock with the keys off.
 * The digits typed live in a char array, wiped after each check, and are never logged.
 */
public final class PinPresenter extends Presenter<PinPresenter.Model, PinPresenter.View> {

    /** The most digits the pad takes; {@code set-pin} refuses a longer PIN. */
    public static final int MAX_DIGITS = 12;

    /** What the pad says; {@code message} is empty, a wrong PIN, a wait or the way to set a PIN. */
    public record Model(Staff.Pin words, int dots, String message, boolean warn, boolean noPin, boolean keysOn) {
    }

    public interface View {
        void showPin(Model model);
    }

    private final StaffAccess access;
    private final Clock clock;
    private final Executor background;
    private final UiExecutor ui;
    private final char[] typed = new char[MAX_DIGITS];
    private int length;
    private boolean checking;
    private boolean wrong;
    private boolean noPin;
    private long blockedUntilMs;
    /** While checking: when OK was pressed, and the wait this try earns if it proves wrong (0 for a free slip). */
    private long checkFromMs;
    private long waitIfWrongMs;

    /** @param background where the slow check runs; @param ui how its answer comes back to the event thread */
    public PinPresenter(Kiosk kiosk, StaffAccess access, Clock clock, Executor background, UiExecutor ui) {
        super(kiosk);
        this.access = access;
        this.clock = clock;
        this.background = background;
        this.ui = ui;
    }

    @Override
    protected Model model() {
        Staff.Pin words = kiosk.content().staff().pin();
        long waitMs = waitMs();
        String message = "";
        if (noPin) {
            message = words.noPin();
        } else if (checking && waitIfWrongMs > 0) {
            // The wait a wrong try earns counts down at once, beside the check, not after it.
            long left = checkFromMs + waitIfWrongMs - clock.millis();
            message = Guide.fill(words.checkingWithWait(), "seconds", Math.max(0, (left + 999) / 1000));
        } else if (checking) {
            message = words.checking();
        } else if (waitMs > 0) {
            message = Guide.fill(words.tryAgain(), "seconds", (waitMs + 999) / 1000);
        } else if (wrong) {
            message = words.wrong();
        }
        return new Model(words, length, message, wrong || waitMs > 0 || checking && waitIfWrongMs > 0, noPin,
                !checking && !noPin && waitMs <= 0);
    }

    /** While a wait holds, the seconds it shows count down: the next change is at the next whole second. */
    @Override
    public long msUntilChange() {
        long waitMs = checking ? checkFromMs + waitIfWrongMs - clock.millis() : waitMs();
        return waitMs > 0 ? (waitMs - 1) % 1000 + 1 : Long.MAX_VALUE;
    }

    @Override
    protected void show(Model model) {
        view.showPin(model);
    }

    /** The pad opens afresh: nothing typed; a wait already earned still holds, also one from before a restart. */
    @Override
    public void forget() {
        super.forget();
        clear();
        wrong = false;
        noPin = access != null && !access.pinSet();
        if (access != null && !checking) {
            blockedUntilMs = Math.max(blockedUntilMs, clock.millis() + access.waitMillis());
        }
    }

    public void digit(int d) {
        if (keysOn() && length < MAX_DIGITS) {
            typed[length++] = (char) ('0' + d);
            wrong = false;
        }
        kiosk.act(KioskFlow::activity);
    }

    public void delete() {
        if (keysOn() && length > 0) {
            typed[--length] = 0;
        }
        kiosk.act(KioskFlow::activity);
    }

    public void ok() {
        if (!keysOn() || length == 0) {
            kiosk.act(KioskFlow::activity);
            return;
        }
        char[] pin = Arrays.copyOf(typed, length);
        clear();
        checking = true;
        checkFromMs = clock.millis();
        waitIfWrongMs = access.waitIfWrong();
        background.execute(() -> {
            StaffAccess.Answer answer;
            try {
                answer = access.check(pin);
            } finally {
                Arrays.fill(pin, '\0');
            }
            ui.execute(() -> answered(answer));
        });
        kiosk.act(KioskFlow::activity);
    }

    public void cancel() {
        clear();
        kiosk.act(KioskFlow::leaveStaff);
    }

    @Override
    public void escape() {
        cancel();
    }

    private void answered(StaffAccess.Answer answer) {
        checking = false;
        switch (answer.outcome()) {
            case OPEN -> {
                wrong = false;
                kiosk.act(KioskFlow::enterStaff);
                return;
            }
            case WRONG -> wrong = true;
            case WAIT -> { }
            case NO_PIN -> noPin = true;
        }
        if (answer.waitMillis() > 0) {
            // A wrong try's wait runs from when it was typed, as the pad has been showing it.
            long from = answer.outcome() == StaffAccess.Outcome.WRONG ? checkFromMs : clock.millis();
            blockedUntilMs = from + answer.waitMillis();
        }
        kiosk.act(KioskFlow::activity);
    }

    /** How long the wait a wrong PIN earned still holds; 0 or less once it is over. */
    private long waitMs() {
        return blockedUntilMs - clock.millis();
    }

    private boolean keysOn() {
        return !checking && !noPin && waitMs() <= 0;
    }

    private void clear() {
        Arrays.fill(typed, '\0');
        length = 0;
    }
}
