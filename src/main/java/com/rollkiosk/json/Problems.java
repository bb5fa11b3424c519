package com.rollkiosk.json;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects problems across files, and offers the checks content and config rules are made of,
 * each located through the file's {@link Locations}.
 */
public final class Problems {

    private final List<Problem> found = new ArrayList<>();

    public void add(Problem problem) {
        found.add(problem);
    }

    public int size() {
        return found.size();
    }

    public boolean isEmpty() {
        return found.isEmpty();
    }

    public List<Problem> all() {
        return List.copyOf(found);
    }

    public void throwIfAny() throws InvalidFilesException {
        if (!found.isEmpty()) {
            throw new InvalidFilesException(found);
        }
    }

    /** Checks against one file. */
    public In in(String file, Locations locations) {
        return new In(file, locations);
    }

    public final class In {
        private final String file;
        private final Locations locations;

        In(String file, Locations locations) {
            this.file = file;
            this.locations = locations;
        }

        /** Adds a problem, unless this field already has one (a value refused while binding reads as absent). */
        public void report(String field, String message) {
            if (found.stream().anyMatch(p -> p.file().equals(file) && p.field().equals(field))) {
                return;
            }
            int[] at = locations.of(field);
            add(new Problem(file, at[0], at[1], field, message));
        }

        /** True when present; otherwise reports it missing. */
        public boolean required(String field, Object value) {
            if (value == null) {
                report(field, "missing required field");
                return false;
            }
            return true;
        }

        public void text(String field, String value) {
            if (required(field, value) && value.isBlank()) {
                report(field, "must not be empty");
            }
        }

        public void text(String field, String value, int maxLength) {
            text(field, value);
            if (value != null && value.length() > maxLength) {
                report(field, "must be at most " + maxLength + " characters, was " + value.length());
            }
        }

        public void range(String field, long value, long min, long max) {
            if (value < min || value > max) {
                report(field, "must be between " + min + " and " + max + ", was " + value);
            }
        }

        public void range(String field, double value, double min, double max) {
            if (!(value >= min && value <= max)) {
                report(field, "must be between " + plain(min) + " and " + plain(max) + ", was " + plain(value));
            }
        }

        public void positive(String field, double value, double max) {
            if (!(value > 0 && value <= max)) {
                report(field, "must be above 0 and at most " + plain(max) + ", was " + plain(value));
            }
        }

        private static String plain(double value) {
            return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value) : Double.toString(value);
        }
    }
}
