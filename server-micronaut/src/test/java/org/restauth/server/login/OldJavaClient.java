package org.restauth.server.login;

import com.google.code.facebookapi.FacebookXmlRestClient;
import java.net.URI;
import java.net.http.HttpResponse;

/**
 * The unmodified facebook-java-api 3.0.2 client with its compiled-in URLs ({@code http://api.facebook.com/...} and,
 * for the session secret, {@code https://}), run in a JVM of its own whose host names and trust store the drop-in
 * test sets. Prints one {@code name value} line per step; exit 3 when getSession fails.
 *
 * <p>Arguments: api key, secret, email, password.
 */
public final class OldJavaClient {
    private OldJavaClient() {
    }

    public static void main(String[] args) throws Exception {
        FacebookXmlRestClient client = new FacebookXmlRestClient(args[0], args[1]);
        String token = client.auth_createToken();
        System.out.println("token " + token);
        // the person's part, as the old scripted logins did it: the page the client would open
        HttpResponse<String> login = new LoginClient(URI.create("http://www.facebook.com"))
                .scriptedLogin(args[0], token, args[2], args[3]);
        System.out.println("login " + login.statusCode());
        try {
            String sessionKey = client.auth_getSession(token, true);
            System.out.println("session_key " + sessionKey);
            System.out.println("secret " + client.getCacheSessionSecret());
        } catch (Exception e) {
            Throwable root = e;
            while (root.getCause() != null) {
                root = root.getCause();
            }
            System.out.println("getSession failed " + e.getClass().getName() + " " + root.getClass().getName());
            System.exit(3);
        }
    }
}
