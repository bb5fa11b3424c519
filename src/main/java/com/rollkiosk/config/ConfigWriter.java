package com.rollkiosk.config;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.nio.charset.StandardCharsets;

/**
 * Settings back to JSON, in the shape {@link ConfigLoader} reads and {@code check} accepts: every
 * field that has a value written out, so a saved file shows staff every setting there is. A
 * setting left unset (the sensor's baseline, say) stays out, as in the shipped file, rather than
 * appearing as {@code null}.
 */
public final class ConfigWriter {

    private static final ObjectWriter WRITER = new ObjectMapper()
            .setSerializationInclusion(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL).writer(new DefaultPrettyPrinter(
            Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER))
            .withObjectIndenter(new DefaultIndenter("  ", "\n")));

    private ConfigWriter() {
    }

    public static byte[] toJson(KioskConfig config) {
        try {
            return (WRITER.writeValueAsString(config) + "\n").getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the settings records always serialise", e);
        }
    }
}
