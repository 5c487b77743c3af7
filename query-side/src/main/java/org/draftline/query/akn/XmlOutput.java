package org.draftline.query.akn;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.ByteArrayOutputStream;
import java.io.UncheckedIOException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * An indented StAX writer for one document in a default namespace. Text goes through the writer's own escaping,
 * after characters XML 1.0 cannot carry at all (control characters, lone surrogates) are replaced, so a stray byte
 * in a delegation's input never makes the export unreadable. The JDK's own StAX implementation is asked for
 * explicitly, so the bytes do not depend on which StAX library happens to be on the class path.
 */
final class XmlOutput {

    private static final String INDENT = "  ";
    private static final char REPLACEMENT = '\uFFFD';

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final XMLStreamWriter xml;
    /** For each open element, whether it has element children, which decides where its end tag goes. */
    private final Deque<Boolean> open = new ArrayDeque<>();

    XmlOutput(String rootName, String defaultNamespace) {
        try {
            xml = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(bytes, StandardCharsets.UTF_8.name());
            xml.writeStartDocument(StandardCharsets.UTF_8.name(), "1.0");
            xml.setDefaultNamespace(defaultNamespace);
            xml.writeCharacters("\n");
            xml.writeStartElement(rootName);
            xml.writeDefaultNamespace(defaultNamespace);
            open.push(false);
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot start an XML document", e);
        }
    }

    void namespace(String prefix, String uri) {
        run(() -> xml.writeNamespace(prefix, uri));
    }

    /** Opens an element on a line of its own; attributes may follow until its first child. */
    XmlOutput start(String name) {
        newLine();
        run(() -> xml.writeStartElement(name));
        open.push(false);
        return this;
    }

    XmlOutput start(String prefix, String name, String namespace) {
        newLine();
        run(() -> xml.writeStartElement(prefix, name, namespace));
        open.push(false);
        return this;
    }

    /** An element without content on a line of its own; attributes may follow. */
    XmlOutput empty(String name) {
        newLine();
        run(() -> xml.writeEmptyElement(name));
        return this;
    }

    /** Writes nothing for a null value, so optional attributes read as one call. */
    XmlOutput attribute(String name, String value) {
        if (value != null) {
            run(() -> xml.writeAttribute(name, attributeText(value)));
        }
        return this;
    }

    XmlOutput attribute(String prefix, String namespace, String name, String value) {
        if (value != null) {
            run(() -> xml.writeAttribute(prefix, namespace, name, attributeText(value)));
        }
        return this;
    }

    /** {@code <name>text</name>} on one line. */
    XmlOutput text(String name, String text) {
        start(name);
        characters(text);
        return end();
    }

    /** {@code <outer><inner>text</inner></outer>} on one line, for inline markup such as a title in a paragraph. */
    XmlOutput inline(String outer, String inner, String text) {
        start(outer);
        run(() -> xml.writeStartElement(inner));
        characters(text);
        run(xml::writeEndElement);
        return end();
    }

    /** Text in the element opened last; its end tag then stays on the same line. */
    XmlOutput characters(String text) {
        run(() -> xml.writeCharacters(elementText(text)));
        return this;
    }

    XmlOutput end() {
        boolean hadChildren = open.pop();
        if (hadChildren) {
            run(() -> xml.writeCharacters("\n" + INDENT.repeat(open.size())));
        }
        run(xml::writeEndElement);
        return this;
    }

    /** Closes the root and returns the document's UTF-8 bytes. */
    byte[] finish() {
        while (!open.isEmpty()) {
            end();
        }
        run(() -> {
            xml.writeCharacters("\n");
            xml.writeEndDocument();
            xml.flush();
            xml.close();
        });
        return bytes.toByteArray();
    }

    private void newLine() {
        if (!open.isEmpty()) {
            open.pop();
            open.push(true);
        }
        run(() -> xml.writeCharacters("\n" + INDENT.repeat(open.size())));
    }

    /** Line breaks in element text stay line breaks; a lone carriage return would be read back as one anyway. */
    private static String elementText(String text) {
        return legalCharacters(text.replace("\r\n", "\n").replace('\r', '\n'));
    }

    /** A parser turns line breaks and tabs in an attribute into spaces; writing them as spaces says what will be read. */
    private static String attributeText(String text) {
        return legalCharacters(text.replace("\r\n", " ").replace('\r', ' ').replace('\n', ' ').replace('\t', ' '));
    }

    private static String legalCharacters(String text) {
        StringBuilder legal = null;
        for (int index = 0; index < text.length(); index++) {
            char character = text.charAt(index);
            boolean pairedSurrogate = Character.isHighSurrogate(character) && index + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(index + 1));
            if (pairedSurrogate) {
                if (legal != null) {
                    legal.append(character).append(text.charAt(index + 1));
                }
                index++;
                continue;
            }
            boolean allowed = character == '\t' || character == '\n' || character == '\r'
                    || (character >= 0x20 && character <= 0xD7FF) || (character >= 0xE000 && character <= 0xFFFD);
            if (!allowed && legal == null) {
                legal = new StringBuilder(text.length()).append(text, 0, index);
            }
            if (legal != null) {
                legal.append(allowed ? character : REPLACEMENT);
            }
        }
        return legal == null ? text : legal.toString();
    }

    private interface XmlStep {
        void run() throws XMLStreamException;
    }

    private static void run(XmlStep step) {
        try {
            step.run();
        } catch (XMLStreamException e) {
            if (e.getCause() instanceof IOException io) {
                throw new UncheckedIOException(io);
            }
            throw new IllegalStateException("cannot write the XML document", e);
        }
    }
}
