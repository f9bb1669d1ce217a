package org.restauth.format;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.Collections;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.xml.sax.SAXException;

/**
 * Validates documents against the published API schema, as shipped in
 * {@code com.google.code.facebookapi:facebook-java-api-schema:3.0.2} (test scope) under the resource
 * name {@code schema.xsd}. Other modules' tests use it from this module's test-jar; it never touches the network:
 * external access is switched off, so the documents' schemaLocation hint cannot trigger a download.
 */
public final class SchemaValidation {
    private static final String JAR_NAME = "facebook-java-api-schema";
    private static final Schema SCHEMA = load();

    private SchemaValidation() {
    }

    /** Throws an AssertionError naming the first schema violation. */
    public static void assertValid(byte[] document) {
        try {
            validate(document);
        } catch (SAXException e) {
            throw new AssertionError("not valid against facebook.xsd: " + e.getMessage(), e);
        }
    }

    /** Throws the validator's own SAXException on the first violation. */
    static void validate(byte[] document) throws SAXException {
        Validator validator = SCHEMA.newValidator();
        try {
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            validator.validate(new StreamSource(new ByteArrayInputStream(document)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The name schema.xsd is generic: take the copy inside the facebook schema jar, not any other. */
    private static Schema load() {
        try {
            URL url = Collections.list(SchemaValidation.class.getClassLoader().getResources("schema.xsd")).stream()
                    .filter(candidate -> candidate.toString().contains(JAR_NAME))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("schema.xsd of " + JAR_NAME + " not on the classpath"));
            SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            return factory.newSchema(url);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SAXException e) {
            throw new IllegalStateException("cannot read " + JAR_NAME + " schema.xsd", e);
        }
    }
}
