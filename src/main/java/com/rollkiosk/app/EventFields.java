package com.rollkiosk.app;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;

/**
 * The quick read of an activity line for {@link ActivityStats}: the five fields it counts by, taken
 * with a streaming parser, without building a tree of the whole line. It takes only the plain case
 * (one JSON object whose counted fields are strings, each once); for anything else it answers null
 * and the caller reads the line the general way, so both paths count every line alike.
 */
final class EventFields {

    static final int T = 0;
    static final int EVENT = 1;
    static final int OUTCOME = 2;
    static final int REGION = 3;
    static final int SCREEN = 4;

    private static final JsonFactory JSON = new JsonFactory();

    private EventFields() {
    }

    /** The counted fields by index (null where absent), or null when the line is not the plain case. */
    static String[] read(String line) {
        String[] fields = new String[5];
        try (JsonParser p = JSON.createParser(line)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return null;
            }
            for (JsonToken token = p.nextToken(); token != JsonToken.END_OBJECT; token = p.nextToken()) {
                if (token != JsonToken.FIELD_NAME) {
                    return null;
                }
                int index = index(p.currentName());
                JsonToken value = p.nextToken();
                if (index < 0) {
                    p.skipChildren();
                } else if (value != JsonToken.VALUE_STRING || fields[index] != null) {
                    return null;
                } else {
                    fields[index] = p.getText();
                }
            }
            return p.nextToken() == null ? fields : null;
        } catch (IOException e) {
            return null;
        }
    }

    private static int index(String name) {
        return switch (name) {
            case "t" -> T;
            case "event" -> EVENT;
            case "outcome" -> OUTCOME;
            case "region" -> REGION;
            case "screen" -> SCREEN;
            default -> -1;
        };
    }
}
