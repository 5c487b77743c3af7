package org.draftline.query.akn;

import org.junit.jupiter.api.Assumptions;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The OASIS Akoma Ntoso 3.0 schema, which stays outside the project in {@code shared/schemas/akn/} beside the
 * checkout (here and in CI). A test that validates against it is skipped, saying why, where that folder is absent,
 * so a bare clone still builds. Public for the tests through the server in {@code standalone}.
 */
public final class AknSchema {

    private static final Path SCHEMA = Path.of("shared", "schemas", "akn", "akomantoso30.xsd");
    private static Schema compiled;

    private AknSchema() {
    }

    /** Walks up from the working directory (Maven's is the module's) to the first {@code shared/schemas/akn/}. */
    public static Optional<Path> locate() {
        for (Path directory = Path.of("").toAbsolutePath(); directory != null; directory = directory.getParent()) {
            Path candidate = directory.resolve(SCHEMA);
            if (Files.isRegularFile(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /** Fails naming every schema error with its line, or skips the calling test where the schema is absent. */
    public static void assertValid(byte[] xml) {
        Validator validator = schema().newValidator();
        List<String> errors = new ArrayList<>();
        validator.setErrorHandler(new ErrorHandler() {
            @Override
            public void warning(SAXParseException warning) {
            }

            @Override
            public void error(SAXParseException error) {
                errors.add("line " + error.getLineNumber() + ", column " + error.getColumnNumber() + ": "
                        + error.getMessage());
            }

            @Override
            public void fatalError(SAXParseException error) throws SAXException {
                throw error;
            }
        });
        try {
            validator.validate(new StreamSource(new ByteArrayInputStream(xml)));
        } catch (SAXException e) {
            errors.add("not well-formed: " + e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!errors.isEmpty()) {
            throw new AssertionError("the export is not valid Akoma Ntoso 3.0:\n  " + String.join("\n  ", errors));
        }
    }

    private static synchronized Schema schema() {
        Optional<Path> schemaFile = locate();
        Assumptions.assumeTrue(schemaFile.isPresent(), "no " + SCHEMA + " in " + Path.of("").toAbsolutePath()
                + " or any folder above it: the OASIS schema lives beside the checkout, not in it, so the export"
                + " cannot be validated here");
        if (compiled == null) {
            try {
                // the schema imports ./xml.xsd beside it, resolved against the file's own location
                compiled = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
                        .newSchema(schemaFile.get().toFile());
            } catch (SAXException e) {
                throw new IllegalStateException("the schema " + schemaFile.get() + " cannot be read", e);
            }
        }
        return compiled;
    }
}
