package com.rollkiosk.content;

import com.rollkiosk.json.JsonFiles;
import com.rollkiosk.json.Problems;
import java.nio.file.Path;
import java.util.List;

/** The guide's texts: all present, and each intensity saying how long it holds. */
final class GuideRules {

    private GuideRules() {
    }

    static Guide check(Path file, Problems problems) {
        var parsed = JsonFiles.read(file, Guide.class, problems);
        if (parsed.isEmpty()) {
            return null;
        }
        Guide g = parsed.get().value();
        Problems.In in = problems.in(file.toString(), parsed.get().locations());
        in.text("tagline", g.tagline(), 80);
        lines(in, "method", g.method());
        intensity(in, "maximal", g.maximal());
        intensity(in, "minimal", g.minimal());
        in.text("contraindicationsIntro", g.contraindicationsIntro());
        in.text("oneApplies", g.oneApplies());
        lines(in, "finished", g.finished());
        in.text("holdOnSensor", g.holdOnSensor(), 80);
        in.text("holdByTouch", g.holdByTouch(), 80);
        in.text("holdPaused", g.holdPaused(), 80);
        in.text("coachRolling", g.coachRolling(), 80);
        in.text("coachSteady", g.coachSteady(), 80);
        in.text("countsOnContact", g.countsOnContact(), 80);
        in.text("countsWhenSteady", g.countsWhenSteady(), 80);
        in.text("pressure", g.pressure(), 30);
        in.text("switchSide", g.switchSide(), 60);
        in.text("nextRegion", g.nextRegion(), 60);
        return g;
    }

    private static void lines(Problems.In in, String field, List<String> lines) {
        if (!in.required(field, lines)) {
            return;
        }
        if (lines.isEmpty()) {
            in.report(field, "must have at least one line");
        }
        for (int i = 0; i < lines.size(); i++) {
            in.text(field + "[" + i + "]", lines.get(i));
        }
    }

    private static void intensity(Problems.In in, String field, Guide.Intensity intensity) {
        if (!in.required(field, intensity)) {
            return;
        }
        in.text(field + ".title", intensity.title(), 40);
        in.text(field + ".description", intensity.description());
        if (intensity.description() != null && !intensity.description().contains(Guide.SECONDS)) {
            in.report(field + ".description", "must say how long to hold with " + Guide.SECONDS
                    + ", which the kiosk fills from the config");
        }
    }
}
