package org.restauth.server.hostile;

import java.util.List;
import java.util.regex.Pattern;
import org.restauth.core.request.Param;

/** Exact bodies of PROTOCOL.md sections 4 and 6, for keys and values that need no escaping. */
final class Bodies {
    static final String PROLOG = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
    static final String NAMESPACES = " xmlns=\"http://api.facebook.com/1.0/\""
            + " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\""
            + " xsi:schemaLocation=\"http://api.facebook.com/1.0/ http://api.facebook.com/1.0/facebook.xsd\"";
    static final Pattern TOKEN_XML = Pattern.compile(Pattern.quote(PROLOG + "<auth_createToken_response" + NAMESPACES + ">")
            + "[0-9a-f]{32}" + Pattern.quote("</auth_createToken_response>"));

    private Bodies() {
    }

    static String xmlError(int code, String message, List<Param> args) {
        StringBuilder xml = new StringBuilder(PROLOG + "<error_response" + NAMESPACES + "><error_code>" + code
                + "</error_code><error_msg>" + message + "</error_msg><request_args list=\"true\">");
        for (Param arg : args) {
            xml.append("<arg><key>").append(arg.key()).append("</key><value>").append(arg.value()).append("</value></arg>");
        }
        return xml.append("</request_args></error_response>").toString();
    }
}
