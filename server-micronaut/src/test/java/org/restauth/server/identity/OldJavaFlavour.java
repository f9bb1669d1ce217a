package org.restauth.server.identity;

import com.google.code.facebookapi.FacebookJaxbRestClient;
import com.google.code.facebookapi.FacebookJsonRestClient;
import com.google.code.facebookapi.FacebookXmlRestClient;
import com.google.code.facebookapi.IFacebookRestClient;
import com.google.code.facebookapi.schema.User;
import com.google.code.facebookapi.schema.UsersGetInfoResponse;
import java.net.URI;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.json.JSONArray;
import org.json.JSONObject;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The three flavours of the unmodified facebook-java-api 3.0.2 client, each pointed at a server, and each one's
 * users_getInfo answer read the way an application of the time read it: the first row, field name to text.
 */
enum OldJavaFlavour {
    XML {
        @Override
        IFacebookRestClient<?> client(URI server, String apiKey, String secret, String sessionKey) {
            FacebookXmlRestClient client = new FacebookXmlRestClient(apiKey, secret, sessionKey);
            client.setServerUrl(server.toString());
            return client;
        }

        @Override
        Map<String, String> firstRow(IFacebookRestClient<?> client, Object answer) throws Exception {
            Node user = ((Document) answer).getElementsByTagName("user").item(0);
            Map<String, String> row = new LinkedHashMap<>();
            for (Node field = user.getFirstChild(); field != null; field = field.getNextSibling()) {
                if (field instanceof Element element) {
                    row.put(element.getTagName(), element.getTextContent());
                }
            }
            return row;
        }
    },
    JSON {
        @Override
        IFacebookRestClient<?> client(URI server, String apiKey, String secret, String sessionKey) {
            FacebookJsonRestClient client = new FacebookJsonRestClient(apiKey, secret, sessionKey);
            client.setServerUrl(server.toString());
            return client;
        }

        @Override
        Map<String, String> firstRow(IFacebookRestClient<?> client, Object answer) throws Exception {
            JSONObject user = ((JSONArray) answer).getJSONObject(0);
            Map<String, String> row = new LinkedHashMap<>();
            for (Iterator<?> keys = user.keys(); keys.hasNext(); ) {
                String key = (String) keys.next();
                row.put(key, user.getString(key));
            }
            return row;
        }
    },
    JAXB {
        /** Not in the schema's user type, so JAXB drops it (docs/protocol.md §11): read from the raw answer. */
        private final Pattern email = Pattern.compile("<email>([^<]*)</email>|<email/>");

        @Override
        IFacebookRestClient<?> client(URI server, String apiKey, String secret, String sessionKey) {
            FacebookJaxbRestClient client = new FacebookJaxbRestClient(apiKey, secret, sessionKey);
            client.setServerUrl(server.toString());
            return client;
        }

        @Override
        Map<String, String> firstRow(IFacebookRestClient<?> client, Object answer) throws Exception {
            User user = ((UsersGetInfoResponse) answer).getUser().get(0);
            Map<String, String> row = new LinkedHashMap<>();
            row.put("uid", String.valueOf(user.getUid()));
            putIfSet(row, "name", user.getName());
            putIfSet(row, "pic_square", user.getPicSquare());
            putIfSet(row, "locale", user.getLocale());
            Matcher raw = email.matcher(client.getRawResponse());
            if (raw.find()) {
                row.put("email", raw.group(1) == null ? "" : raw.group(1));
            }
            return row;
        }

        private void putIfSet(Map<String, String> row, String field, String value) {
            if (value != null) {
                row.put(field, value);
            }
        }
    };

    /** A client of this flavour for a web application, calling {@code server}'s REST endpoint. */
    abstract IFacebookRestClient<?> client(URI server, String apiKey, String secret, String sessionKey);

    abstract Map<String, String> firstRow(IFacebookRestClient<?> client, Object answer) throws Exception;
}
