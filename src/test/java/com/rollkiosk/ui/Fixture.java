package com.rollkiosk.ui;

import com.rollkiosk.config.AttractSettings;
import com.rollkiosk.config.HoldSettings;
import com.rollkiosk.config.KioskConfig;
import com.rollkiosk.content.Content;
import com.rollkiosk.content.ContentLoader;
import com.rollkiosk.content.Languages;
import com.rollkiosk.content.Region;
import com.rollkiosk.domain.FakeClock;
import com.rollkiosk.domain.FlowTiming;
import com.rollkiosk.domain.KioskEvent;
import com.rollkiosk.domain.KioskFlow;

import java.net.MalformedURLException;
import java.net.URL;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The shipped content with short holds: 2 s strong, 3 s light, 1 s get-ready, last 1 s signalled. */
final class Fixture {

    static final Languages LANGUAGES = load();
    /** The default language's words. */
    static final Content CONTENT = LANGUAGES.first();
    static final KioskConfig CONFIG = new KioskConfig(new HoldSettings(2, 3, 1, 1, 5, null),
            new AttractSettings(60, 8, 10), null, null, null, null, null);

    final FakeClock clock = new FakeClock();
    final List<KioskEvent> events = new ArrayList<>();
    final KioskFlow flow;

    Fixture(java.util.function.Consumer<KioskEvent> alsoTo) {
        this(alsoTo, com.rollkiosk.domain.HoldCounting.CONTACT);
    }

    Fixture(java.util.function.Consumer<KioskEvent> alsoTo, com.rollkiosk.domain.HoldCounting counting) {
        this(alsoTo, counting, false);
    }

    /**
     * @param tapGuard whether taps right after a screen appears are swallowed, as on the kiosk; window
     *                 tests keep it (their touches wait it out), presenter tests tap at one instant
     */
    Fixture(java.util.function.Consumer<KioskEvent> alsoTo, com.rollkiosk.domain.HoldCounting counting,
            boolean tapGuard) {
        var a = CONFIG.attract();
        var h = CONFIG.hold();
        FlowTiming timing = FlowTiming.ofSeconds(a.idleTimeoutSeconds(), a.cardPeriodSeconds(), a.finishedSeconds(),
                h.switchSideSeconds(), h.getReadySeconds(), h.maximalSeconds(), h.minimalSeconds()).counting(counting);
        if (!tapGuard) {
            timing = timing.withoutTapGuard();
        }
        flow = new KioskFlow(clock, timing, CONTENT.regions().stream().map(Region::id).toList(), e -> {
            events.add(e);
            alsoTo.accept(e);
        });
    }

    Kiosk kiosk() {
        return new Kiosk(flow, LANGUAGES, CONFIG, () -> { });
    }

    private static Languages load() {
        try {
            return ContentLoader.load(Path.of("content"), "en");
        } catch (Exception e) {
            throw new IllegalStateException("the shipped content must load for UI tests", e);
        }
    }

    static Illustrations illustrations() {
        Map<String, URL> urls = new HashMap<>();
        for (Region r : CONTENT.regions()) {
            try {
                urls.put(r.id(), CONTENT.illustrationPath(r).toUri().toURL());
            } catch (MalformedURLException e) {
                throw new IllegalStateException(e);
            }
        }
        return new Illustrations(urls);
    }
}
