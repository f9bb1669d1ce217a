package org.restauth.server;

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
 * Validates documents against the published API schema, shipped as {@code schema.xsd} in
 * {@code com.google.code.facebookapi:facebook-java-api-schema} (test scope). Never touches the network.
 */
final class SchemaValidation {
    private static final String JAR_NAME = "facebook-java-api-schema";
    private static final Schema SCHEMA = load();

    private SchemaValidation() {
    }

    static void assertValid(byte[] document) {
        Validator validator = SCHEMA.newValidator();
        try {
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            validator.validate(new StreamSource(new ByteArrayInputStream(document)));
        } catch (SAXException e) {
            throw new AssertionError("not valid against facebook.xsd: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** schema.xsd is a generic name: take the copy inside the facebook schema jar. */
    private static Schema load() {
        try {
            URL url = Collections.list(SchemaValidation.class.getClassLoader().getResources("schema.xsd")).stream()
                    .filter(candidate -> candidate.toString().contains(JAR_NAME))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("schema.xsd of " + JAR_NAME + " not on the class path"));
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
