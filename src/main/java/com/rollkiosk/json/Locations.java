package com.rollkiosk.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/**
 * Where each value of a JSON document starts, by field path ({@code regions[2].steps}), so a
 * rule checked after binding can still name the line and column. Built in one streaming pass.
 */
public final class Locations {

    private final Map<String, int[]> byPath = new HashMap<>();

    static Locations index(JsonParser parser) throws IOException {
        Locations locations = new Locations();
        JsonToken token;
        while ((token = parser.nextToken()) != null) {
            if (token == JsonToken.FIELD_NAME || token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
                continue;
            }
            JsonStreamContext context = parser.getParsingContext();
            if (token.isStructStart()) {
                context = context.getParent();
            }
            JsonLocation at = parser.currentTokenLocation();
            locations.byPath.putIfAbsent(path(context), new int[] {at.getLineNr(), at.getColumnNr()});
        }
        return locations;
    }

    /**
     * The position of the value at {@code path}; for a missing field, that of the nearest
     * enclosing value that is present, which is where the field would have to be added.
     */
    public int[] of(String path) {
        String p = path;
        while (true) {
            int[] at = byPath.get(p);
            if (at != null) {
                return at;
            }
            if (p.isEmpty()) {
                return new int[] {1, 1};
            }
            p = parentOf(p);
        }
    }

    static String parentOf(String path) {
        int cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
        return cut < 0 ? "" : path.substring(0, cut);
    }

    /** The dotted path of the value the parser is at, e.g. {@code regions[2].steps[0]}. */
    static String path(JsonStreamContext context) {
        StringBuilder out = new StringBuilder();
        build(context, out);
        return out.toString();
    }

    private static void build(JsonStreamContext context, StringBuilder out) {
        if (context == null || context.inRoot()) {
            return;
        }
        build(context.getParent(), out);
        if (context.inArray()) {
            out.append('[').append(Math.max(0, context.getCurrentIndex())).append(']');
        } else if (context.getCurrentName() != null) {
            if (!out.isEmpty()) {
                out.append('.');
            }
            out.append(segment(context.getCurrentName()));
        }
    }

    /** A field name as a path segment; an empty name is written {@code ""}, else at the top it would name the file. */
    static String segment(String name) {
        return name.isEmpty() ? "\"\"" : name;
    }
}
