package com.rollkiosk.content;

import com.rollkiosk.json.Locations;
import com.rollkiosk.json.Problems;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * Every language has the same regions, routines and conditions, in the same order and built the
 * same way (sides, drawing, a routine's regions), so switching language never changes what a
 * runner does. Each language is compared with the default one, and a difference is reported in
 * the language that differs.
 */
final class SameInEveryLanguage {

    private SameInEveryLanguage() {
    }

    static void check(LanguageFiles.Checked reference, List<LanguageFiles.Checked> others, Problems problems) {
        for (LanguageFiles.Checked other : others) {
            compare(reference, other, problems);
        }
    }

    private static void compare(LanguageFiles.Checked ref, LanguageFiles.Checked other, Problems problems) {
        String code = ref.content().language();
        Content a = ref.content();
        Content b = other.content();
        Problems.In regions = in(problems, other, ContentLoader.REGIONS, other.regions());
        if (sameIds(regions, "regions", "region", code, a.regions(), b.regions(), Region::id)) {
            for (int i = 0; i < b.regions().size(); i++) {
                Region x = a.regions().get(i);
                Region y = b.regions().get(i);
                same(regions, "regions[" + i + "].sided", code, x.sided(), y.sided());
                same(regions, "regions[" + i + "].position", code, x.position(), y.position());
                if ((x.strongStep() == null) != (y.strongStep() == null)) {
                    String differs = x.strongStep() == null ? "is not in " + code : "is missing; " + code + " has one";
                    regions.report("regions[" + i + "].strongStep", differs
                            + "; every language has the same steps for the strong hold");
                }
                same(regions, "regions[" + i + "].illustration", code, x.illustration(), y.illustration());
            }
        }
        Problems.In conditions = in(problems, other, ContentLoader.CONTRAINDICATIONS, other.contraindications());
        sameIds(conditions, "contraindications", "condition", code, a.contraindications(), b.contraindications(),
                Contraindication::id);
        Problems.In routines = in(problems, other, ContentLoader.ROUTINES, other.routines());
        if (sameIds(routines, "routines", "routine", code, a.routines(), b.routines(), Routine::id)) {
            for (int i = 0; i < b.routines().size(); i++) {
                same(routines, "routines[" + i + "].regions", code, a.routines().get(i).regions(),
                        b.routines().get(i).regions());
            }
        }
    }

    private static Problems.In in(Problems problems, LanguageFiles.Checked language, String file, Locations at) {
        return problems.in(language.file(file).toString(), at);
    }

    /** True when both lists have the same ids in the same order; otherwise reports how they differ. */
    private static <T> boolean sameIds(Problems.In in, String field, String what, String code, List<T> reference,
                                       List<T> list, Function<T, String> id) {
        List<String> want = reference.stream().map(id).toList();
        List<String> have = list.stream().map(id).toList();
        if (want.equals(have)) {
            return true;
        }
        String rule = "; every language needs the same " + what + "s as " + code;
        for (String missing : want.stream().filter(w -> !have.contains(w)).toList()) {
            in.report(field, "no " + what + " \"" + missing + "\", which " + code + " has" + rule);
        }
        boolean extra = false;
        for (int i = 0; i < have.size(); i++) {
            if (!want.contains(have.get(i))) {
                in.report(field + "[" + i + "].id", what + " \"" + have.get(i) + "\" is not in " + code + rule);
                extra = true;
            }
        }
        if (!extra && want.size() == have.size()) {
            for (int i = 0; i < have.size(); i++) {
                if (!want.get(i).equals(have.get(i))) {
                    in.report(field + "[" + i + "].id", "is \"" + have.get(i) + "\" where " + code + " has \""
                            + want.get(i) + "\"; every language lists its " + what + "s in the same order");
                    break;
                }
            }
        }
        return false;
    }

    private static void same(Problems.In in, String field, String code, Object reference, Object value) {
        if (!Objects.equals(reference, value)) {
            in.report(field, "must be the same in every language: " + code + " has " + reference + ", this has " + value);
        }
    }
}
