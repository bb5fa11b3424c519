package com.rollkiosk.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;

/**
 * Finds fields a file has but its record does not, walking the document beside the record's
 * components. Done here rather than by Jackson because records bind through a token buffer that
 * loses the path and position of an unknown field; here both are exact.
 */
final class KnownFields {

    private KnownFields() {
    }

    /** Calls {@code unknown} with the path and the allowed names for every field the type does not have. */
    static void check(JsonNode node, Type type, String path, BiConsumer<String, Set<String>> unknown) {
        Class<?> raw = raw(type);
        if (raw.isRecord() && node.isObject()) {
            Map<String, Type> components = Arrays.stream(raw.getRecordComponents())
                    .collect(Collectors.toMap(RecordComponent::getName, RecordComponent::getGenericType));
            Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                String name = Locations.segment(field.getKey());
                String at = path.isEmpty() ? name : path + "." + name;
                Type componentType = components.get(field.getKey());
                if (componentType == null) {
                    unknown.accept(at, components.keySet());
                } else {
                    check(field.getValue(), componentType, at, unknown);
                }
            }
        } else if (List.class.isAssignableFrom(raw) && node.isArray() && type instanceof ParameterizedType p) {
            for (int i = 0; i < node.size(); i++) {
                check(node.get(i), p.getActualTypeArguments()[0], path + "[" + i + "]", unknown);
            }
        }
    }

    private static Class<?> raw(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType p) {
            return (Class<?>) p.getRawType();
        }
        return Object.class;
    }
}
