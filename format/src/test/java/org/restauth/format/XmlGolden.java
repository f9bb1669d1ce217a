package org.restauth.format;

/** Pieces of the exact XML every response starts with (docs/protocol.md §4). */
final class XmlGolden {
    static final String PROLOG = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
    static final String ROOT_ATTRIBUTES = " xmlns=\"http://api.facebook.com/1.0/\""
            + " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\""
            + " xsi:schemaLocation=\"http://api.facebook.com/1.0/ http://api.facebook.com/1.0/facebook.xsd\"";

    /** The error_response request_args for {@link TestResponses#ARGS}. */
    static final String ARGS_XML = "<request_args list=\"true\">"
            + "<arg><key>method</key><value>facebook.auth.createToken</value></arg>"
            + "<arg><key>api_key</key><value>0123456789abcdef0123456789abcdef</value></arg>"
            + "<arg><key>v</key><value>1.0</value></arg>"
            + "<arg><key>session_key</key><value></value></arg>"
            + "<arg><key>sig</key><value>0fe3138502de1b7a7e6a17b3f4832d96</value></arg>"
            + "</request_args>";

    /** The same arguments as JSON. */
    static final String ARGS_JSON = "[{\"key\":\"method\",\"value\":\"facebook.auth.createToken\"},"
            + "{\"key\":\"api_key\",\"value\":\"0123456789abcdef0123456789abcdef\"},"
            + "{\"key\":\"v\",\"value\":\"1.0\"},"
            + "{\"key\":\"session_key\",\"value\":\"\"},"
            + "{\"key\":\"sig\",\"value\":\"0fe3138502de1b7a7e6a17b3f4832d96\"}]";

    private XmlGolden() {
    }

    static String document(String root, String content) {
        return PROLOG + "<" + root + ROOT_ATTRIBUTES + ">" + content + "</" + root + ">";
    }
}
