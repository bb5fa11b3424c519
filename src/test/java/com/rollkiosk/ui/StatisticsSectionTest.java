package com.rollkiosk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Leaving Statistics stops the read at once; a read that is not wanted any more shows nothing. */
@Timeout(30)
class StatisticsSectionTest {

    private final ExecutorService reader = Executors.newSingleThreadExecutor();

    @AfterEach
    void stop() {
        reader.shutdownNow();
    }

    /** Statistics that take as long as a year of logs on a slow card: until interrupted. */
    private static final class EndlessRead implements StaffStatistics {
        final CountDownLatch started = new CountDownLatch(1);
        final CountDownLatch interrupted = new CountDownLatch(1);

        @Override
        public List<Day> lastDays(int count) {
            started.countDown();
            try {
                new CountDownLatch(1).await();
            } catch (InterruptedException e) {
                interrupted.countDown();
            }
            throw new CancellationException("left");
        }
    }

    @Test
    void leavingInterruptsTheReadAndTheNextVisitIsNotBehindIt() throws Exception {
        EndlessRead endless = new EndlessRead();
        StatisticsSection section = new StatisticsSection(null, () -> null, endless, reader, Runnable::run);
        section.enter();
        assertThat(endless.started.await(10, TimeUnit.SECONDS)).isTrue();

        section.leave();
        assertThat(endless.interrupted.await(10, TimeUnit.SECONDS)).as("the read was interrupted").isTrue();

        // On the same single reader thread, the next visit's read runs: nothing is left queued before it.
        CountDownLatch read = new CountDownLatch(1);
        StatisticsSection next = new StatisticsSection(null, () -> null, count -> {
            read.countDown();
            return List.of(new StaffStatistics.Day(LocalDate.of(2025, 1, 14), 1, 1, 1));
        }, reader, Runnable::run);
        next.enter();
        assertThat(read.await(10, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void aReadFinishedAfterLeavingShowsNothing() {
        List<Runnable> handedToTheEventThread = new ArrayList<>();
        StatisticsSection section = new StatisticsSection(null, () -> null,
                count -> List.of(new StaffStatistics.Day(LocalDate.of(2025, 1, 14), 1, 1, 1)), Runnable::run,
                handedToTheEventThread::add);
        section.enter();
        section.leave();
        // The event thread gets to the read's result only after staff have left.
        handedToTheEventThread.forEach(Runnable::run);

        assertThat(handedToTheEventThread).hasSize(1);
        assertThat(section.days()).isNull();
    }
}
