package org.townreform.license.config;

import java.util.List;

import org.townreform.license.catalogue.Material;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The small JSON lists this service keeps in text columns (materials, names). */
public final class JsonText {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<List<Material>> MATERIALS = new TypeReference<>() {
    };
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {
    };

    private JsonText() {
    }

    public static List<Material> materials(String json) {
        return read(json, MATERIALS);
    }

    public static List<String> strings(String json) {
        return read(json, STRINGS);
    }

    public static String write(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static <T> List<T> read(String json, TypeReference<List<T>> type) {
        if (json == null || json.isBlank()) {
            return List.of();
        }
        try {
            return List.copyOf(JSON.readValue(json, type));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored JSON cannot be read", e);
        }
    }
}
