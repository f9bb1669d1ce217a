package org.restauth.format.internal;

import com.fasterxml.jackson.dataformat.xml.XmlFactory;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
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
    /**
     * Per method name (the served methods answering text are few; {@link #MAX_SHELLS} bounds the map
     * against a library caller's arbitrary names), the document Woodstox writes around an empty text, split where the text goes:
     * a token answer is then those bytes around the token, without a new writer per answer (the writer's
     * set-up cost more than the rest of the call). Only for text that needs no escaping at all.
     */
    private static final int MAX_SHELLS = 32;
    private final Map<String, byte[][]> textShells = new ConcurrentHashMap<>();

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
        if (response.result() instanceof ApiResult.Text text && isPlain(text.value())) {
            byte[][] shell = textShells.get(response.method());
            if (shell == null && textShells.size() < MAX_SHELLS) {
                shell = textShells.computeIfAbsent(response.method(), method -> shell(response));
            }
            if (shell != null) {
                return concat(shell[0], text.value().getBytes(StandardCharsets.US_ASCII), shell[1]);
            }
        }
        return render(response);
    }

    private byte[] render(ApiResponse response) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(512);
        try {
            XMLStreamWriter writer = factory.createXMLStreamWriter(out, "UTF-8");
            writer.writeStartDocument("UTF-8", "1.0");
            // Whitespace outside the root is not a child node: clients taking the first child still get the root.
            writer.writeCharacters("\n");
            ApiResult result = response.result();
            // an empty list is <root … list="true"/> (docs/protocol.md §11)
            boolean empty = result instanceof ApiResult.Rows rows && rows.rows().isEmpty();
            if (empty) {
                writer.writeEmptyElement("", RootElement.of(response), NAMESPACE);
            } else {
                writer.writeStartElement("", RootElement.of(response), NAMESPACE);
            }
            writer.writeDefaultNamespace(NAMESPACE);
            writer.writeNamespace("xsi", XSI);
            writer.writeAttribute("xsi", XSI, "schemaLocation", SCHEMA_LOCATION);
            if (result instanceof ApiResult.Rows) {
                writer.writeAttribute("list", "true");
            }
            if (!empty) {
                writeContent(writer, result, response.requestArgs());
                writer.writeEndElement();
            }
            writer.writeEndDocument();
            writer.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write XML response", e);
        }
        return out.toByteArray();
    }

    private byte[][] shell(ApiResponse response) {
        byte[] empty = render(new ApiResponse(response.method(), new ApiResult.Text(""), response.options(), List.of()));
        int close = empty.length - ("</" + RootElement.of(response) + ">").length();
        return new byte[][] {Arrays.copyOfRange(empty, 0, close), Arrays.copyOfRange(empty, close, empty.length)};
    }

    /** Letters, digits, {@code - _ .}: what every token and secret we hand out is made of. */
    private static boolean isPlain(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '_'
                    || c == '.')) {
                return false;
            }
        }
        return true;
    }

    private static byte[] concat(byte[] head, byte[] middle, byte[] tail) {
        byte[] all = Arrays.copyOf(head, head.length + middle.length + tail.length);
        System.arraycopy(middle, 0, all, head.length, middle.length);
        System.arraycopy(tail, 0, all, head.length + middle.length, tail.length);
        return all;
    }

    private static void writeContent(XMLStreamWriter writer, ApiResult result, List<Param> args)
            throws XMLStreamException {
        if (result instanceof ApiResult.Text text) {
            writer.writeCharacters(XmlText.sanitize(text.value()));
        } else if (result instanceof ApiResult.Flag flag) {
            writer.writeCharacters(flag.value() ? "1" : "0");
        } else if (result instanceof ApiResult.SessionGrant grant) {
            writeGrant(writer, grant);
        } else if (result instanceof ApiResult.Numeric number) {
            writer.writeCharacters(Long.toString(number.value()));
        } else if (result instanceof ApiResult.Rows rows) {
            XmlRows.write(writer, rows);
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

    /** Every received parameter, in arrival order, sig included (docs/protocol.md §6). */
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

    static void writeLeaf(XMLStreamWriter writer, String name, String text) throws XMLStreamException {
        writer.writeStartElement(name);
        writer.writeCharacters(XmlText.sanitize(text));
        writer.writeEndElement();
    }
}
