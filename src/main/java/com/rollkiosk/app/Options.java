package com.rollkiosk.app;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Command-line options of the form {@code --name value} and bare {@code --flag}s; anything else is
 * refused with a message naming it, so a typo never runs with a silent default.
 */
final class Options {

    private final Map<String, String> values = new HashMap<>();

    private Options() {
    }

    static Options parse(String[] args, Set<String> withValue, Set<String> flags) throws UsageException {
        Options options = new Options();
        List<String> list = List.of(args);
        for (int i = 0; i < list.size(); i++) {
            String arg = list.get(i);
            if (flags.contains(arg)) {
                options.values.put(arg, "true");
            } else if (withValue.contains(arg)) {
                if (i + 1 >= list.size()) {
                    throw new UsageException(arg + " needs a value");
                }
                options.values.put(arg, list.get(++i));
            } else {
                throw new UsageException("unknown option: " + arg);
            }
        }
        return options;
    }

    Optional<String> value(String name) {
        return Optional.ofNullable(values.get(name));
    }

    String value(String name, String fallback) {
        return values.getOrDefault(name, fallback);
    }

    boolean flag(String name) {
        return values.containsKey(name);
    }

    static final class UsageException extends Exception {
        UsageException(String message) {
            super(message);
        }
    }
}
