package org.draftline.api;

/**
 * A value a client sent that a message refuses to carry. The message starts with the field's name
 * ({@code "deadline: required"}), so an HTTP answer can name the field; any other
 * {@link IllegalArgumentException} is a fault of ours, not the client's.
 */
public class InvalidValue extends IllegalArgumentException {

    public InvalidValue(String messageStartingWithField) {
        super(messageStartingWithField);
    }

    /** The field named before the first colon, e.g. {@code proposals[].paragraph}. */
    public String field() {
        String message = getMessage();
        int colon = message.indexOf(':');
        return colon < 0 ? "" : message.substring(0, colon);
    }

    /** The message without its field prefix. */
    public String reason() {
        String message = getMessage();
        int colon = message.indexOf(':');
        return colon < 0 ? message : message.substring(colon + 1).strip();
    }
}
