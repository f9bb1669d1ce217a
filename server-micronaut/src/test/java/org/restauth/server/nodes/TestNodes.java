package org.restauth.server.nodes;

import java.util.HashMap;
import java.util.Map;

/** The configuration every node of these tests gets: one desktop application, the given Redis. */
final class TestNodes {
    /** PROTOCOL.md section 3's test vector application. */
    static final String API_KEY = "0123456789abcdef0123456789abcdef";
    static final String SECRET = "secretsecretsecretsecretsecret12";

    private TestNodes() {
    }

    static Map<String, String> onRedis(String redisUri) {
        Map<String, String> props = new HashMap<>();
        props.put("restauth.store", "redis");
        props.put("restauth.redis.uri", redisUri);
        props.put("restauth.apps.demo.api-key", API_KEY);
        props.put("restauth.apps.demo.secret", SECRET);
        props.put("restauth.apps.demo.type", "desktop");
        return props;
    }

    static ServerNode node(String redisUri) {
        return ServerNode.started(onRedis(redisUri));
    }
}
