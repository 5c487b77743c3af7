package org.draftline.platform.axon;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.jsontype.TypeDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import org.draftline.api.Recorded;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * For the mapper of Axon's messages: Draftline's types are read as recorded ({@link Recorded}), so a
 * stored event, deadline or message loads whatever today's checks of its values have become. The web's
 * mapper has no such module: what a client sends is checked.
 */
public final class RecordedValues extends SimpleModule {

    public RecordedValues() {
        super("draftline-recorded-values");
        setDeserializerModifier(new BeanDeserializerModifier() {
            @Override
            public JsonDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription description,
                                                          JsonDeserializer<?> deserializer) {
                return description.getBeanClass().getName().startsWith("org.draftline.")
                        ? new ReadAsRecorded(deserializer) : deserializer;
            }
        });
    }

    private static final class ReadAsRecorded extends DelegatingDeserializer {

        ReadAsRecorded(JsonDeserializer<?> deserializer) {
            super(deserializer);
        }

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> deserializer) {
            return new ReadAsRecorded(deserializer);
        }

        @Override
        public Object deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            return asRecorded(() -> _delegatee.deserialize(parser, context));
        }

        @Override
        public Object deserializeWithType(JsonParser parser, DeserializationContext context,
                                          TypeDeserializer typeDeserializer) throws IOException {
            return asRecorded(() -> _delegatee.deserializeWithType(parser, context, typeDeserializer));
        }

        private interface Reading {
            Object read() throws IOException;
        }

        private static Object asRecorded(Reading reading) throws IOException {
            try {
                return Recorded.read(() -> {
                    try {
                        return reading.read();
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
        }
    }
}
