package org.restauth.server.nodes;

import org.restauth.store.redis.RedisServer;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Three server processes on one real Redis: any node serves any step of a flow (createToken, login.php,
 * getSession, session methods), and a token gives one session only, however the nodes race for it.
 */
class MultiNodeTest {
    private static final int TRIALS = 100;
    private static final int CALLERS = 8;

    private static RedisServer redis;
    private static final List<ServerNode> NODES = new ArrayList<>();

    @BeforeAll
    static void start() {
        redis = RedisServer.started();
        for (int i = 0; i < 3; i++) {
            NODES.add(TestNodes.node(redis.uri()));
        }
    }

    @AfterAll
    static void stop() throws Exception {
        for (ServerNode node : NODES) {
            node.close();
        }
        if (redis != null) {
            redis.close();
        }
    }

    @Test
    void getSession_concurrentOnTwoNodes_exactlyOneSessionPerToken() throws Exception {
        NodeClient a = client(0);
        NodeClient b = client(1);
        ExecutorService pool = Executors.newFixedThreadPool(CALLERS);
        try {
            for (int trial = 1; trial <= TRIALS; trial++) {
                String token = a.createToken();
                TestLogin.approve(trial % 2 == 0 ? a : b, token);
                CountDownLatch gate = new CountDownLatch(1);
                List<Future<NodeClient.Answer>> answers = new ArrayList<>();
                for (int caller = 0; caller < CALLERS; caller++) {
                    NodeClient node = caller % 2 == 0 ? a : b;
                    answers.add(pool.submit(() -> {
                        gate.await();
                        return node.getSession(token);
                    }));
                }
                gate.countDown();
                int sessions = 0;
                int invalid = 0;
                for (Future<NodeClient.Answer> answer : answers) {
                    NodeClient.Answer got = answer.get();
                    assertEquals(200, got.status(), got.body());
                    if (got.errorCode() == 0) {
                        sessions++;
                    } else {
                        assertEquals(100, got.errorCode(), got.body());
                        invalid++;
                    }
                }
                assertEquals(1, sessions, "sessions in trial " + trial);
                assertEquals(CALLERS - 1, invalid, "error 100 answers in trial " + trial);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void flow_createLoginGetSessionOnThreeNodes_sessionWorksOnAnyNode() {
        String token = client(0).createToken();
        TestLogin.approve(client(1), token);

        NodeClient.Answer granted = client(2).getSession(token);
        NodeClient.Session session = granted.session();
        assertEquals(Long.toString(TestNodes.UID), granted.json().get("uid").asText(), granted.body());

        assertEquals("\"" + session.secret() + "\"", client(1).promoteSession(session).body());
        assertEquals("true", client(0).expireSession(session).body());
        assertEquals(102, client(2).expireSessionSignedByApp(session).errorCode());
    }

    private static NodeClient client(int node) {
        return new NodeClient(NODES.get(node).base());
    }
}
