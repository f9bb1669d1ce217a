package org.restauth.server.nodes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A person approving a token through login.php, as the old scripted login does: GET, then POST with the cookie. */
final class TestLogin {
    private TestLogin() {
    }

    static void approve(NodeClient node, String token) {
        NodeClient.LoginForm form = node.openLogin(token);
        assertEquals(200, form.page().status(), form.page().body());
        assertTrue(form.page().body().contains("name=\"pass\""), form.page().body());
        NodeClient.Answer done = node.submitLogin(form, token, TestNodes.EMAIL, TestNodes.PASSWORD);
        assertEquals(200, done.status(), done.body());
        assertTrue(done.body().contains("Login successful"), done.body());
    }
}
