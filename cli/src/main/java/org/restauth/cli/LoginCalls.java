package org.restauth.cli;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.restauth.core.crypto.Secret;
import org.restauth.core.request.Param;
import org.restauth.core.request.Signature;

/** The two calls of the desktop flow, signed with the application secret, answered in JSON. */
final class LoginCalls {
    private final ApiClient client = new ApiClient();
    private final ObjectMapper json = new ObjectMapper();
    private final URI endpoint;
    private final String apiKey;
    private final Secret secret;

    LoginCalls(URI endpoint, String apiKey, Secret secret) {
        this.endpoint = endpoint;
        this.apiKey = apiKey;
        this.secret = secret;
    }

    /** auth.createToken: a bare JSON string. */
    String createToken() {
        JsonNode answer = call("auth.createToken", List.of());
        if (!answer.isTextual()) {
            throw new CliFailure("auth.createToken: unexpected answer from " + ApiClient.shown(endpoint));
        }
        return answer.textValue();
    }

    /** auth.getSession: an object with session_key, uid, expires and maybe secret. */
    JsonNode getSession(String token) {
        JsonNode answer = call("auth.getSession", List.of(new Param("auth_token", token)));
        if (!answer.isObject() || !answer.has("session_key")) {
            throw new CliFailure("auth.getSession: unexpected answer from " + ApiClient.shown(endpoint));
        }
        return answer;
    }

    private JsonNode call(String method, List<Param> extra) {
        List<Param> params = new ArrayList<>();
        params.add(new Param("method", method));
        params.add(new Param("api_key", apiKey));
        params.add(new Param("v", "1.0"));
        params.add(new Param("format", "json"));
        params.addAll(extra);
        params.add(Signature.param(params, secret));
        String body = client.send(endpoint, params, false);
        JsonNode answer;
        try {
            answer = json.readTree(body);
        } catch (JacksonException e) {
            throw new CliFailure(method + ": " + ApiClient.shown(endpoint) + " did not answer JSON");
        }
        if (answer.isObject() && answer.has("error_code")) {
            throw new CliFailure(method + " failed: error " + answer.path("error_code").asText() + " "
                    + answer.path("error_msg").asText() + hint(method, answer.path("error_code").asInt()));
        }
        return answer;
    }

    private static String hint(String method, int code) {
        return method.equals("auth.getSession") && code == 100
                ? " (the token was not approved in time, has expired, or was already used)" : "";
    }
}
