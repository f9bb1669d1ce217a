package org.restauth.format;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.restauth.core.request.Param;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Reads rendered XML back with the JDK's DOM parser, the way a strict client would. */
final class XmlParsing {
    private static final String NAMESPACE = "http://api.facebook.com/1.0/";

    private XmlParsing() {
    }

    /** Fails (with the parser's exception) on any document that is not well-formed. */
    static Document parse(byte[] document) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(document));
    }

    /** The request_args of an error_response, as key/value pairs in document order. */
    static List<Param> requestArgs(Document document) {
        NodeList args = document.getElementsByTagNameNS(NAMESPACE, "arg");
        List<Param> result = new ArrayList<>();
        for (int i = 0; i < args.getLength(); i++) {
            Element arg = (Element) args.item(i);
            result.add(new Param(text(arg, "key"), text(arg, "value")));
        }
        return result;
    }

    private static String text(Element parent, String name) {
        return parent.getElementsByTagNameNS(NAMESPACE, name).item(0).getTextContent();
    }
}
