package org.restauth.format.internal;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.restauth.core.api.ApiResult;
import org.restauth.core.api.FieldValue;

/**
 * The rows of a list answer (users.getInfo) in XML, each field in the form docs/protocol.md §9 gives
 * its kind: an empty string {@code <f/>}, a number or struct with no value {@code <f xsi:nil="true"/>}, a list
 * {@code <f list="true"/>} (PHP and pyfacebook collapse rows without it), booleans {@code 1}/{@code 0}.
 */
final class XmlRows {
    private XmlRows() {
    }

    static void write(XMLStreamWriter writer, ApiResult.Rows rows) throws XMLStreamException {
        for (ApiResult.Row row : rows.rows()) {
            writer.writeStartElement(rows.rowName());
            for (ApiResult.Field field : row.fields()) {
                writeField(writer, field.name(), field.value());
            }
            writer.writeEndElement();
        }
    }

    private static void writeField(XMLStreamWriter writer, String name, FieldValue value) throws XMLStreamException {
        if (value instanceof FieldValue.Text text && !text.value().isEmpty()) {
            XmlWriter.writeLeaf(writer, name, text.value());
        } else if (value instanceof FieldValue.Text) {
            writer.writeEmptyElement(name);
        } else if (value instanceof FieldValue.Numeric number) {
            XmlWriter.writeLeaf(writer, name, number.text());
        } else if (value instanceof FieldValue.Bool bool) {
            XmlWriter.writeLeaf(writer, name, bool.value() ? "1" : "0");
        } else if (value instanceof FieldValue.Nil) {
            writer.writeEmptyElement(name);
            writer.writeAttribute("xsi", XmlWriter.XSI, "nil", "true");
        } else {
            writer.writeEmptyElement(name);
            writer.writeAttribute("list", "true");
        }
    }
}
