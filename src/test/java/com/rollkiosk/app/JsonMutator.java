package com.rollkiosk.app;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Random;

/**
 * Breaks a well-formed JSON file the ways a hand edit does, keeping the rest of its text as it
 * was, so that the line of the broken value is known. Some mutants are certain to be wrong
 * ({@link Mutant#expected} names the field and line a refusal must point at); others may still
 * be a valid file by chance (a digit changed inside its range), and then only "refused with a
 * place, or accepted" holds.
 */
final class JsonMutator {

    /** A changed file; {@code expected} is null when the change may leave the file valid. */
    record Mutant(String kind, byte[] bytes, Expected expected) {

        Mutant(String kind, String text, Expected expected) {
            this(kind, text.getBytes(StandardCharsets.UTF_8), expected);
        }

        String text() {
            return new String(bytes, StandardCharsets.UTF_8);
        }
    }

    /** Where a refusal of a certainly-wrong mutant must point. */
    record Expected(String field, int line) {
    }

    /** A token of the original text: a value (scalar) or a field name, with its path and place. */
    private record Token(String path, String parentPath, boolean isName, boolean isScalar, int start, int end,
                         int line, int valueEnd) {
    }

    private static final JsonFactory FACTORY = new JsonFactory();
    private static final String JUNK = "{}[]\",:0123456789-.eE truefalsnul\n\t\\";

    private final String original;
    private final List<Token> tokens = new ArrayList<>();
    private final Random random;

    JsonMutator(String original, long seed) {
        this.original = original;
        this.random = new Random(seed);
        index();
    }

    private void index() {
        // Field names waiting for the end of their value, with the nesting depth they stand at.
        Deque<int[]> pending = new ArrayDeque<>();
        try (JsonParser p = FACTORY.createParser(original)) {
            JsonToken t;
            int depth = 0;
            while ((t = p.nextToken()) != null) {
                int start = (int) p.currentTokenLocation().getCharOffset();
                int line = p.currentTokenLocation().getLineNr();
                JsonStreamContext context = p.getParsingContext();
                if (t == JsonToken.FIELD_NAME) {
                    pending.push(new int[] {tokens.size(), depth});
                    tokens.add(new Token(path(context), path(context.getParent()), true, false, start,
                            endOfScalar(start), line, -1));
                } else if (t.isScalarValue()) {
                    tokens.add(new Token(path(context), null, false, true, start, endOfScalar(start), line, -1));
                    valueEnded(pending, depth, endOfScalar(start));
                } else if (t.isStructStart()) {
                    depth++;
                } else if (t.isStructEnd()) {
                    depth--;
                    valueEnded(pending, depth, start + 1);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("the original must be valid JSON", e);
        }
    }

    private void valueEnded(Deque<int[]> pending, int depth, int end) {
        if (!pending.isEmpty() && pending.peek()[1] == depth) {
            int index = pending.pop()[0];
            Token name = tokens.get(index);
            tokens.set(index, new Token(name.path(), name.parentPath(), true, false, name.start(), name.end(),
                    name.line(), end));
        }
    }

    /** The parser reads ahead, so where a scalar ends is read from the text itself. */
    private int endOfScalar(int start) {
        int i = start;
        if (original.charAt(i) == '"') {
            i++;
            while (original.charAt(i) != '"') {
                i += original.charAt(i) == '\\' ? 2 : 1;
            }
            return i + 1;
        }
        while (i < original.length() && "+-.0123456789eEtruefalsn".indexOf(original.charAt(i)) >= 0) {
            i++;
        }
        return i;
    }

    /** The path as the loaders name fields: {@code hold.maximalSeconds}, {@code regions[2].name}. */
    private static String path(JsonStreamContext context) {
        if (context == null || context.inRoot()) {
            return "";
        }
        String parent = path(context.getParent());
        if (context.inArray()) {
            return parent + "[" + Math.max(0, context.getCurrentIndex()) + "]";
        }
        return parent.isEmpty() ? context.getCurrentName() : parent + "." + context.getCurrentName();
    }

    Mutant next() {
        return switch (random.nextInt(8)) {
            case 0 -> truncate();
            case 1 -> renameField();
            case 2 -> wrongType();
            case 3 -> removeField();
            case 4 -> oddNumber();
            case 5 -> insertJunk();
            case 6 -> deleteSpan();
            default -> swapBytes();
        };
    }

    /** Cut before the closing brace: never valid JSON. */
    private Mutant truncate() {
        int at = random.nextInt(original.lastIndexOf('}'));
        return new Mutant("truncate", original.substring(0, at), null);
    }

    /** A field name no record knows: always refused, at that name. */
    private Mutant renameField() {
        Token name = pick(true);
        String unknown = "zz" + Integer.toString(random.nextInt(1 << 20), 36);
        String field = name.parentPath().isEmpty() ? unknown : name.parentPath() + "." + unknown;
        return new Mutant("rename", splice(name, "\"" + unknown + "\""), new Expected(field, name.line()));
    }

    /** A scalar replaced by an object: no field of these files takes one where a scalar stands. */
    private Mutant wrongType() {
        Token value = pick(false);
        return new Mutant("wrong-type", splice(value, "{\"x\": 1}"), new Expected(value.path(), value.line()));
    }

    private Mutant removeField() {
        Token name = pick(true);
        int end = name.valueEnd();
        while (end < original.length() && Character.isWhitespace(original.charAt(end))) {
            end++;
        }
        end = end < original.length() && original.charAt(end) == ',' ? end + 1 : end;
        // Without a comma after it, the comma before is left behind: one more way a hand edit goes wrong.
        return new Mutant("remove", original.substring(0, name.start()) + original.substring(end), null);
    }

    private Mutant oddNumber() {
        Token value = pick(false);
        String[] odd = {"-1", "0", "-2147483649", "2147483648", "1e309", "0.5", "-0.0", "99999999999999999999",
            "\"\"", "null", "true", "\"twelve\"", "\"\\u0000\"", "[]", "[1, 2]"};
        return new Mutant("odd-value", splice(value, odd[random.nextInt(odd.length)]), null);
    }

    private Mutant insertJunk() {
        int at = random.nextInt(original.length() + 1);
        StringBuilder junk = new StringBuilder();
        for (int i = 1 + random.nextInt(3); i > 0; i--) {
            junk.append(JUNK.charAt(random.nextInt(JUNK.length())));
        }
        return new Mutant("insert", original.substring(0, at) + junk + original.substring(at), null);
    }

    private Mutant deleteSpan() {
        int at = random.nextInt(original.length());
        int to = Math.min(original.length(), at + 1 + random.nextInt(12));
        return new Mutant("delete", original.substring(0, at) + original.substring(to), null);
    }

    /** Bytes overwritten at random, as a bad disk or a wrong editor encoding leaves them: often not UTF-8. */
    private Mutant swapBytes() {
        byte[] bytes = original.getBytes(StandardCharsets.UTF_8);
        for (int i = 1 + random.nextInt(4); i > 0; i--) {
            bytes[random.nextInt(bytes.length)] = (byte) random.nextInt(256);
        }
        return new Mutant("swap", bytes, null);
    }

    private Token pick(boolean name) {
        List<Token> fitting = tokens.stream().filter(t -> t.isName() == name && (name || t.isScalar())).toList();
        return fitting.get(random.nextInt(fitting.size()));
    }

    private String splice(Token token, String with) {
        return original.substring(0, token.start()) + with + original.substring(token.end());
    }
}
