package org.restauth.server;

import java.util.List;
import java.util.regex.Pattern;
import org.restauth.core.request.Param;

/** The exact bodies of docs/protocol.md sections 4 and 6. */
public final class Expected {
    public static final String XML_CONTENT_TYPE = "text/xml; charset=utf-8";
    public static final String JSON_CONTENT_TYPE = "application/json; charset=utf-8";
    public static final String JAVASCRIPT_CONTENT_TYPE = "text/javascript; charset=utf-8";
    public static final String PROLOG = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
    public static final String NAMESPACES = " xmlns=\"http://api.facebook.com/1.0/\""
            + " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\""
            + " xsi:schemaLocation=\"http://api.facebook.com/1.0/ http://api.facebook.com/1.0/facebook.xsd\"";
    public static final Pattern TOKEN_XML = Pattern.compile(Pattern.quote(PROLOG + "<auth_createToken_response" + NAMESPACES + ">")
            + "([0-9a-f]{32})" + Pattern.quote("</auth_createToken_response>"));

    private Expected() {
    }

    /** An error_response; keys and values must need no XML escaping. */
    public static String xmlError(int code, String message, List<Param> args) {
        StringBuilder xml = new StringBuilder(PROLOG + "<error_response" + NAMESPACES + "><error_code>" + code
                + "</error_code><error_msg>" + message + "</error_msg><request_args list=\"true\">");
        for (Param arg : args) {
            xml.append("<arg><key>").append(arg.key()).append("</key><value>").append(arg.value()).append("</value></arg>");
        }
        return xml.append("</request_args></error_response>").toString();
    }

    /** A JSON error; keys and values must need no JSON escaping. */
    public static String jsonError(int code, String message, List<Param> args) {
        StringBuilder json = new StringBuilder("{\"error_code\":" + code + ",\"error_msg\":\"" + message + "\",\"request_args\":[");
        for (int i = 0; i < args.size(); i++) {
            json.append(i == 0 ? "" : ",").append("{\"key\":\"").append(args.get(i).key())
                    .append("\",\"value\":\"").append(args.get(i).value()).append("\"}");
        }
        return json.append("]}").toString();
    }
}
