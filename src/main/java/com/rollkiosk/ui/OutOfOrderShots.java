package com.rollkiosk.ui;

import com.rollkiosk.content.OutOfOrderWords;

import java.awt.Dimension;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The out-of-order screen's states for {@code preview}: the notice, the PIN pad the staff corner
 * opens, and the problem list the right PIN shows. Time is moved by hand, so the corner's hold
 * takes no time.
 */
public final class OutOfOrderShots {

    private OutOfOrderShots() {
    }

    /** Call on the event thread with the look and feel installed. */
    public static List<Screenshots.Shot> take(OutOfOrderWords words, List<String> problems, int width, int height) {
        AtomicLong nanos = new AtomicLong(1_000_000_000L);
        List<Runnable> due = new ArrayList<>();
        Scheduler later = (delayMs, task) -> {
            due.add(task);
            return () -> due.remove(task);
        };
        StaffAccess access = new StaffAccess() {
            @Override
            public boolean pinSet() {
                return true;
            }

            @Override
            public Answer check(char[] pin) {
                return new Answer(Outcome.OPEN, 0);
            }
        };
        OutOfOrderScreen screen = new OutOfOrderScreen(words, access, nanos::get, later, Runnable::run,
                Runnable::run, () -> { });
        screen.setProblems(problems);
        screen.fitTo(new Dimension(width, height));
        List<Screenshots.Shot> shots = new ArrayList<>();
        shots.add(shot("out-of-order", screen, width, height));
        screen.pressed(10, 10);
        nanos.addAndGet(CornerPress.HOLD_MS * 1_000_000L);
        List<Runnable> now = List.copyOf(due);
        due.clear();
        now.forEach(Runnable::run);
        screen.released();
        screen.digit(4);
        screen.digit(2);
        shots.add(shot("out-of-order-pin", screen, width, height));
        screen.ok();
        shots.add(shot("out-of-order-problems", screen, width, height));
        return shots;
    }

    private static Screenshots.Shot shot(String name, OutOfOrderScreen screen, int width, int height) {
        Screenshots.layOut(screen);
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        screen.printAll(g);
        g.dispose();
        return new Screenshots.Shot(name, image);
    }
}
