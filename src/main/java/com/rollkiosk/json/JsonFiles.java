package com.rollkiosk.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads one JSON file into a record and reports what is wrong with it as {@link Problem}s,
 * as many as can be found in one pass: unknown fields and values of the wrong type are noted
 * and skipped so the rest of the file is still checked.
 */
public final class JsonFiles {

    private JsonFiles() {
    }

    /** A bound document and where its values stand, for rules checked after binding. */
    public record Parsed<T>(T value, Locations locations) {
    }

    /** Empty when the file could not be read or bound at all; the reasons are in {@code problems}. */
    public static <T> Optional<Parsed<T>> read(Path file, Class<T> type, Problems problems) {
        String name = file.toString();
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            problems.add(new Problem(name, 1, 1, "(file)", "file not found"));
            return Optional.empty();
        } catch (IOException e) {
            problems.add(new Problem(name, 1, 1, "(file)", "cannot read: " + e.getMessage()));
            return Optional.empty();
        }
        if (new String(bytes, StandardCharsets.UTF_8).isBlank()) {
            problems.add(new Problem(name, 1, 1, "(file)", EMPTY));
            return Optional.empty();
        }
        Locations locations;
        try (JsonParser parser = INDEXER.createParser(bytes)) {
            locations = Locations.index(parser);
        } catch (JsonProcessingException e) {
            problems.add(located(name, e, "malformed JSON: " + e.getOriginalMessage()));
            return Optional.empty();
        } catch (IOException e) {
            problems.add(new Problem(name, 1, 1, "(file)", "cannot read: " + e.getMessage()));
            return Optional.empty();
        }
        ObjectMapper mapper = mapperFor(name, locations, problems);
        try {
            KnownFields.check(mapper.readTree(bytes), type, "", (field, allowed) -> {
                int[] at = locations.of(field);
                problems.add(new Problem(name, at[0], at[1], field,
                        "unknown field; known here: " + String.join(", ", new TreeSet<>(allowed))));
            });
            int before = problems.size();
            T value = mapper.readValue(bytes, type);
            if (value == null) {
                if (problems.size() == before) {
                    problems.add(new Problem(name, 1, 1, "(file)", EMPTY));
                }
                return Optional.empty();
            }
            // Returned even when some values were refused (they bind as absent), so the file's
            // other rules still run and every problem is reported in one pass.
            return Optional.of(new Parsed<>(value, locations));
        } catch (JsonMappingException e) {
            problems.add(new Problem(name, lineOf(e), columnOf(e), fieldOf(e), plain(e)));
            return Optional.empty();
        } catch (IOException e) {
            problems.add(located(name, e instanceof JsonProcessingException j ? j : null, e.getMessage()));
            return Optional.empty();
        }
    }

    private static final JsonFactory INDEXER = new JsonFactory();
    private static final String EMPTY = "the file is empty; expected a JSON object";

    private static ObjectMapper mapperFor(String name, Locations locations, Problems problems) {
        return JsonMapper.builder()
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .addHandler(new CollectingHandler(name, locations, problems))
                .build();
    }

    /** Notes values of the wrong type, then lets binding go on so later problems surface too. */
    private static final class CollectingHandler extends DeserializationProblemHandler {
        private final String file;
        private final Locations locations;
        private final Problems problems;

        CollectingHandler(String file, Locations locations, Problems problems) {
            this.file = file;
            this.locations = locations;
            this.problems = problems;
        }

        /**
         * Records bind through a token buffer that has lost the source position, so the position
         * comes from the index when the parser cannot give one.
         */
        private void note(JsonLocation at, String field, String message) {
            int[] where = at.getLineNr() > 0 ? new int[] {at.getLineNr(), Math.max(1, at.getColumnNr())}
                    : locations.of(field);
            problems.add(new Problem(file, where[0], where[1], field.isEmpty() ? "(file)" : field, message));
        }

        @Override
        public Object handleUnexpectedToken(DeserializationContext ctxt, JavaType targetType, JsonToken t, JsonParser p,
                                            String failureMsg) throws IOException {
            JsonStreamContext context = t != null && t.isStructStart()
                    ? p.getParsingContext().getParent() : p.getParsingContext();
            note(p.currentTokenLocation(), Locations.path(context),
                    "must be " + typeName(targetType.getRawClass()) + ", was " + describe(t));
            p.skipChildren();
            return null;
        }

        @Override
        public Object handleWeirdStringValue(DeserializationContext ctxt, Class<?> targetType, String valueToConvert,
                                             String failureMsg) throws IOException {
            wrongType(ctxt.getParser(), targetType, "the text \"" + valueToConvert + "\"");
            return null;
        }

        @Override
        public Object handleWeirdNumberValue(DeserializationContext ctxt, Class<?> targetType, Number valueToConvert,
                                             String failureMsg) throws IOException {
            wrongType(ctxt.getParser(), targetType, "the number " + valueToConvert);
            return null;
        }

        private void wrongType(JsonParser p, Class<?> expected, String found) {
            note(p.currentTokenLocation(), Locations.path(p.getParsingContext()),
                    "must be " + typeName(expected) + ", was " + found);
        }
    }

    static String typeName(Class<?> type) {
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            return "a whole number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == String.class) {
            return "text in quotes";
        }
        if (java.util.Collection.class.isAssignableFrom(type)) {
            return "a list [ ... ]";
        }
        return "an object { ... }";
    }

    private static String describe(JsonToken t) {
        if (t == null) {
            return "nothing";
        }
        return switch (t) {
            case VALUE_STRING -> "text";
            case VALUE_NUMBER_INT -> "a whole number";
            case VALUE_NUMBER_FLOAT -> "a decimal number";
            case VALUE_TRUE, VALUE_FALSE -> "true/false";
            case VALUE_NULL -> "null";
            case START_ARRAY -> "a list";
            case START_OBJECT -> "an object";
            default -> t.asString() == null ? t.name() : t.asString();
        };
    }

    private static Problem located(String file, JsonProcessingException e, String message) {
        if (e == null || e.getLocation() == null) {
            return new Problem(file, 1, 1, "(file)", message);
        }
        String field = "(syntax)";
        if (e.getProcessor() instanceof JsonParser p) {
            String path = Locations.path(p.getParsingContext());
            field = path.isEmpty() ? field : path;
        }
        return new Problem(file, e.getLocation().getLineNr(), Math.max(1, e.getLocation().getColumnNr()), field,
                firstLine(message));
    }

    private static int lineOf(JsonMappingException e) {
        return e.getLocation() == null ? 1 : e.getLocation().getLineNr();
    }

    private static int columnOf(JsonMappingException e) {
        return e.getLocation() == null ? 1 : Math.max(1, e.getLocation().getColumnNr());
    }

    private static String fieldOf(JsonMappingException e) {
        StringBuilder out = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (!out.isEmpty()) {
                    out.append('.');
                }
                out.append(Locations.segment(ref.getFieldName()));
            } else if (ref.getIndex() >= 0) {
                out.append('[').append(ref.getIndex()).append(']');
            }
        }
        return out.isEmpty() ? "(file)" : out.toString();
    }

    /** Jackson's message in staff's words: no Java class names, no source excerpt. */
    private static String plain(JsonMappingException e) {
        String message = firstLine(e.getOriginalMessage());
        Matcher outOfRange = OUT_OF_RANGE.matcher(message);
        if (outOfRange.find()) {
            return "must be a whole number from " + Integer.MIN_VALUE + " to " + Integer.MAX_VALUE
                    + ", was " + outOfRange.group(1);
        }
        if (e instanceof MismatchedInputException m && m.getTargetType() != null) {
            Matcher value = QUOTED_VALUE.matcher(message);
            return "must be " + typeName(m.getTargetType()) + (value.find() ? ", was " + value.group(1) : "");
        }
        return message.replaceAll("`[\\w.$]+`", "value").replaceAll("\\(class [\\w.$]+\\)", "").trim();
    }

    private static final Pattern OUT_OF_RANGE = Pattern.compile("Numeric value \\(([^)]*)\\) out of range");
    private static final Pattern QUOTED_VALUE = Pattern.compile("[vV]alue \\(([^)]*)\\)");

    private static String firstLine(String message) {
        if (message == null) {
            return "invalid";
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }
}
