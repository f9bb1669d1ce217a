package org.restauth.core.crypto;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class RandomValuesTest {

    @Test
    void hex_secure16Bytes_is32LowerCaseHexCharacters() {
        String token = RandomValues.secure().hex(16);
        assertTrue(token.matches("[0-9a-f]{32}"), "not 32 lower-case hex characters");
    }

    @Test
    void hex_givenGenerator_writesItsBytesHighNibbleFirst() {
        SecureRandom fixed = new SecureRandom() {
            @Override
            public void nextBytes(byte[] bytes) {
                for (int i = 0; i < bytes.length; i++) {
                    bytes[i] = (byte) (0xF0 + i);
                }
            }
        };
        assertEquals("f0f1f2f3", new RandomValues(fixed).hex(4));
    }

    @Test
    void hex_secureFromFourThreads_neverRepeats() throws InterruptedException {
        RandomValues random = RandomValues.secure();
        Set<String> seen = ConcurrentHashMap.newKeySet();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        for (int t = 0; t < 4; t++) {
            pool.execute(() -> {
                for (int i = 0; i < 25_000; i++) {
                    seen.add(random.hex(16));
                }
            });
        }
        pool.shutdown();
        assertTrue(pool.awaitTermination(30, TimeUnit.SECONDS));
        assertEquals(100_000, seen.size());
    }
}
