package org.restauth.server.nodes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.restauth.core.user.PasswordHash;
import org.restauth.core.user.User;
import org.restauth.format.users.UserFile;

/**
 * A person of the deprecated users file, on a server on SQLite, over HTTP: the users.* methods, the consent page and
 * /settings/applications serve them as a stored person (their profile empty but the email), and their grants are
 * kept like anyone's. A uid shared with another stored person stops the start; an imported copy is served instead.
 */
class UsersFilePeopleTest {
    private static final String EMAIL = "frank@example.com";
    private static final String PASSWORD = "frank's file password";
    private static final long UID = 8077;

    @TempDir
    Path dir;
    private EmbeddedServer server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    private Map<String, Object> props() throws IOException {
        Path file = dir.resolve("users.json");
        if (Files.notExists(file)) {
            UserFile.write(file, List.of(new User(EMAIL, UID, PasswordHash.create(PASSWORD.toCharArray(),
                    new SecureRandom(), PasswordHash.MIN_STORED_ITERATIONS))));
        }
        Map<String, Object> props = new HashMap<>(SqliteNodes.onSqlite(dir.resolve("restauth.db")));
        props.put("restauth.users-file", file.toString());
        props.put("micronaut.server.port", -1);
        return props;
    }

    private String cli(String stdin, String... args) throws IOException {
        Map<String, String> store = new HashMap<>();
        props().forEach((key, value) -> store.put(key, value.toString()));
        return SqliteNodes.cli(SqliteNodes.config(dir, store), stdin, args);
    }

    private NodeClient start() throws IOException {
        server = ApplicationContext.run(EmbeddedServer.class, props());
        return new NodeClient(URI.create(server.getURI() + "/"));
    }

    @Test
    void filePerson_usersMethodsConsentAndSettings_servedAsAStoredPerson() throws IOException {
        NodeClient client = start();
        NodeClient.Session session = client.logIn(EMAIL, PASSWORD).session();

        assertEquals(Long.toString(UID), client.sessionCall(session, "users.getLoggedInUser").body());
        assertEquals("true", client.sessionCall(session, "users.isAppUser").body());
        assertEquals("0", client.sessionCall(session, "users.hasAppPermission", "ext_perm", "email").body());
        JsonNode before = info(client, session);
        assertEquals("", before.get("name").asText(), "the file has no name");
        assertEquals("", before.get("email").asText(), "email not granted yet");

        PersonBrowser browser = new PersonBrowser(URI.create(server.getURI() + "/"));
        PersonBrowser.Page consent = browser.logInToPrompt(TestNodes.API_KEY, "email", EMAIL, PASSWORD);
        assertTrue(consent.body().contains("Share your email address: " + EMAIL), consent.body());
        assertEquals(200, browser.allow(consent, TestNodes.API_KEY, "email").status());

        assertEquals("1", client.sessionCall(session, "users.hasAppPermission", "ext_perm", "email").body());
        assertEquals(EMAIL, info(client, session).get("email").asText());
        PersonBrowser.Page settings = browser.get("/settings/applications");
        assertEquals(200, settings.status(), settings.body());
        assertTrue(settings.body().contains("Share your email address: " + EMAIL), settings.body());

        PersonBrowser.Page removed = browser.post("/settings/applications", "action", "remove_app",
                "api_key", TestNodes.API_KEY, "form_token", settings.formToken());
        assertEquals(302, removed.status(), removed.body());
        assertEquals(102, client.sessionCall(session, "users.getLoggedInUser").errorCode());
        assertEquals("[]", client.appCall("users.getInfo", "uids", Long.toString(UID), "fields", "name").body(),
                "no longer an app user: invisible without a session");
    }

    @Test
    void start_fileUidHeldByAnotherStoredPerson_refusedNamingTheEntry() throws IOException {
        cli("pw-mallory\n", "user", "add", "--email", "mallory@example.com", "--uid", Long.toString(UID));

        RuntimeException failure = assertThrows(RuntimeException.class, this::start);

        StringBuilder messages = new StringBuilder();
        for (Throwable t = failure; t != null; t = t.getCause()) {
            messages.append(t.getMessage()).append('\n');
        }
        assertTrue(messages.toString().contains("restauth.users-file: entry 1 (" + EMAIL + ", uid " + UID
                + ") clashes with the stored person uid " + UID + " (mallory@example.com)"), messages.toString());
    }

    @Test
    void filePerson_importedIntoTheStore_servedFromTheStoreSoTheCliDisablesThem() throws IOException {
        cli("", "user", "import", dir.resolve("users.json").toString());
        NodeClient client = start();
        client.logIn(EMAIL, PASSWORD);

        cli("", "user", "disable", "--email", EMAIL);

        String token = client.createToken();
        NodeClient.LoginForm form = client.openLogin(token);
        String refused = client.submitLogin(form, token, EMAIL, PASSWORD).body();
        assertTrue(refused.contains("Incorrect email or password"), refused);
    }

    private static JsonNode info(NodeClient client, NodeClient.Session session) {
        NodeClient.Answer answer = client.sessionCall(session, "users.getInfo", "uids", Long.toString(UID),
                "fields", "name,email,locale");
        JsonNode rows = answer.json();
        assertEquals(1, rows.size(), answer.body());
        return rows.get(0);
    }
}
