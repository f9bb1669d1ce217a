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
    private static final String USER_TYPE = "<xsd:complexType name=\"user\">";
    /** docs/protocol.md §11: served when asked for, missing from the schema's user type. */
    private static final String IDENTITY_FIELDS = """
                <xsd:element name="profile_url" type="xsd:string" minOccurs="0" />
                <xsd:element name="username" type="xsd:string" minOccurs="0" />
                <xsd:element name="email" type="xsd:string" minOccurs="0" />
                <xsd:element name="proxied_email" type="xsd:string" minOccurs="0" />
            """;
    private static final Schema SCHEMA = load(false);
    private static final Schema IDENTITY_SCHEMA = load(true);

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

    /**
     * Like {@link #assertValid}, against a copy of the schema whose {@code user} type also has the four fields
     * {@code profile_url}, {@code username}, {@code email}, {@code proxied_email} (optional strings).
     */
    public static void assertValidWithIdentityFields(byte[] document) {
        try {
            validate(IDENTITY_SCHEMA, document);
        } catch (SAXException e) {
            throw new AssertionError("not valid against facebook.xsd + the identity fields: " + e.getMessage(), e);
        }
    }

    /** Throws the validator's own SAXException on the first violation. */
    static void validate(byte[] document) throws SAXException {
        validate(SCHEMA, document);
    }

    private static void validate(Schema schema, byte[] document) throws SAXException {
        Validator validator = schema.newValidator();
        try {
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            validator.validate(new StreamSource(new ByteArrayInputStream(document)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String withIdentityFields(URL url) throws IOException {
        String schema;
        try (java.io.InputStream in = url.openStream()) {
            schema = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        int user = schema.indexOf(USER_TYPE);
        int end = schema.indexOf("</xsd:all>", user);
        if (user < 0 || end < 0) {
            throw new IllegalStateException("the schema's user type was not found");
        }
        return schema.substring(0, end) + IDENTITY_FIELDS + schema.substring(end);
    }

    /** The name schema.xsd is generic: take the copy inside the facebook schema jar, not any other. */
    private static Schema load(boolean identityFields) {
        try {
            URL url = Collections.list(SchemaValidation.class.getClassLoader().getResources("schema.xsd")).stream()
                    .filter(candidate -> candidate.toString().contains(JAR_NAME))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("schema.xsd of " + JAR_NAME + " not on the classpath"));
            SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            if (!identityFields) {
                return factory.newSchema(url);
            }
            return factory.newSchema(new StreamSource(new java.io.StringReader(withIdentityFields(url)),
                    url.toString()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SAXException e) {
            throw new IllegalStateException("cannot read " + JAR_NAME + " schema.xsd", e);
        }
    }
}
