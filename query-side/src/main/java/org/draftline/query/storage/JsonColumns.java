package org.draftline.query.storage;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.filter.FilteringGeneratorDelegate;
import com.fasterxml.jackson.core.filter.TokenFilter;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.draftline.api.Recorded;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;

/**
 * Values the read models keep in JSONB columns. Reading ignores fields a newer or older version of
 * Draftline wrote, so a row never breaks a query; a rebuild brings it up to date. What is read is taken
 * as recorded ({@link Recorded}): today's checks of delegations or labels never refuse a row.
 */
@Component
public class JsonColumns {

    private final ObjectMapper writer;
    private final ObjectMapper reader;

    JsonColumns(ObjectMapper json) {
        this.writer = json;
        this.reader = json.copy().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    public String write(Object value) {
        try {
            return writer.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * An object's JSON as {@link #write} writes it, without one of its fields: written in one pass through
     * Jackson's filtering generator, as converting it to a map, removing the field and writing the map would.
     */
    public String writeWithout(Object value, String field) {
        StringWriter json = new StringWriter();
        TokenFilter withoutField = new TokenFilter() {
            @Override
            public TokenFilter includeProperty(String name) {
                return name.equals(field) ? null : TokenFilter.INCLUDE_ALL;
            }
        };
        try (JsonGenerator generator = new FilteringGeneratorDelegate(writer.getFactory().createGenerator(json),
                withoutField, TokenFilter.Inclusion.INCLUDE_ALL_AND_PATH, true)) {
            writer.writeValue(generator, value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return json.toString();
    }

    public <T> T read(String json, Class<T> type) {
        return Recorded.read(() -> {
            try {
                return reader.readValue(json, type);
            } catch (JsonProcessingException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    public <T> T read(String json, TypeReference<T> type) {
        return Recorded.read(() -> {
            try {
                return reader.readValue(json, type);
            } catch (JsonProcessingException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** An object's fields as a map, the way they would be stored. */
    public <T> T convert(Object value, TypeReference<T> type) {
        return writer.convertValue(value, type);
    }
}
