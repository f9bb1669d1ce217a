package org.restauth.format.internal;

import com.fasterxml.jackson.dataformat.xml.XmlFactory;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Optional;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.restauth.core.api.ApiResponse;
import org.restauth.core.api.ApiResult;
import org.restauth.core.request.Param;

/**
 * Writes a response as an XML document with the Woodstox writer that Jackson's XML module uses:
 * compact, so no whitespace ever touches a scalar (clients do not trim).
 */
public final class XmlWriter {
    static final String NAMESPACE = "http://api.facebook.com/1.0/";
    static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";
    static final String SCHEMA_LOCATION = NAMESPACE + " " + NAMESPACE + "facebook.xsd";

    private final XMLOutputFactory factory;

    public XmlWriter() {
        // Our own factory instance: configured here, then only read, which Woodstox allows from any thread.
        factory = new XmlFactory().getXMLOutputFactory();
        factory.setProperty(XMLOutputFactory.IS_REPAIRING_NAMESPACES, false);
        // The documented prolog uses double quotes; Woodstox defaults to single.
        factory.setProperty("com.ctc.wstx.useDoubleQuotesInXmlDecl", true);
        // <value></value> rather than <value/>: regex-reading clients of the era look for both tags.
        factory.setProperty("org.codehaus.stax2.automaticEmptyElements", false);
        // A CR written raw would come back as LF after parsing; &#13; keeps echoed values exact.
        factory.setProperty("com.ctc.wstx.outputEscapeCr", true);
    }

    public byte[] write(ApiResponse response) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(512);
        try {
            XMLStreamWriter writer = factory.createXMLStreamWriter(out, "UTF-8");
            writer.writeStartDocument("UTF-8", "1.0");
            // Whitespace outside the root is not a child node: clients taking the first child still get the root.
            writer.writeCharacters("\n");
            writer.writeStartElement("", RootElement.of(response), NAMESPACE);
            writer.writeDefaultNamespace(NAMESPACE);
            writer.writeNamespace("xsi", XSI);
            writer.writeAttribute("xsi", XSI, "schemaLocation", SCHEMA_LOCATION);
            writeContent(writer, response.result(), response.requestArgs());
            writer.writeEndElement();
            writer.writeEndDocument();
            writer.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write XML response", e);
        }
        return out.toByteArray();
    }

    private static void writeContent(XMLStreamWriter writer, ApiResult result, List<Param> args)
            throws XMLStreamException {
        if (result instanceof ApiResult.Text text) {
            writer.writeCharacters(XmlText.sanitize(text.value()));
        } else if (result instanceof ApiResult.Flag flag) {
            writer.writeCharacters(flag.value() ? "1" : "0");
        } else if (result instanceof ApiResult.SessionGrant grant) {
            writeGrant(writer, grant);
        } else if (result instanceof ApiResult.Failure failure) {
            writeLeaf(writer, "error_code", Integer.toString(failure.error().code()));
            writeLeaf(writer, "error_msg", failure.error().message());
            writeArgs(writer, args);
        } else {
            throw new IllegalArgumentException("unknown result kind " + result.getClass().getName());
        }
    }

    private static void writeGrant(XMLStreamWriter writer, ApiResult.SessionGrant grant) throws XMLStreamException {
        writeLeaf(writer, "session_key", grant.sessionKey());
        writeLeaf(writer, "uid", Long.toString(grant.uid()));
        writeLeaf(writer, "expires", Long.toString(grant.expires()));
        Optional<String> secret = grant.secret();
        if (secret.isPresent()) {
            writeLeaf(writer, "secret", secret.get());
        }
    }

    /** Every received parameter, in arrival order, sig included (PROTOCOL.md section 6). */
    private static void writeArgs(XMLStreamWriter writer, List<Param> args) throws XMLStreamException {
        writer.writeStartElement("request_args");
        writer.writeAttribute("list", "true");
        for (Param arg : args) {
            writer.writeStartElement("arg");
            writeLeaf(writer, "key", arg.key());
            writeLeaf(writer, "value", arg.value());
            writer.writeEndElement();
        }
        writer.writeEndElement();
    }

    private static void writeLeaf(XMLStreamWriter writer, String name, String text) throws XMLStreamException {
        writer.writeStartElement(name);
        writer.writeCharacters(XmlText.sanitize(text));
        writer.writeEndElement();
    }
}
