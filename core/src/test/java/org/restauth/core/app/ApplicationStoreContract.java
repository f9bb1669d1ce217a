package org.restauth.core.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.restauth.core.crypto.Secret;

/** The behaviour every {@link ApplicationStore} must show. Extend it and implement {@link #newStore()}. */
public abstract class ApplicationStoreContract {

    /** A new, empty store. */
    protected abstract ApplicationStore newStore();

    private static Application desktop(String apiKey) {
        return Application.desktop(apiKey, Secret.of("secret-of-" + apiKey), "Desktop " + apiKey);
    }

    @Test
    void find_addedDesktopApplication_isWhatWasAdded() {
        ApplicationStore store = newStore();

        assertEquals(ApplicationStore.AddResult.ADDED, store.add(desktop("key-1")));

        Application found = store.find("key-1").orElseThrow();
        assertEquals("secret-of-key-1", found.secret().reveal());
        assertEquals(AppType.DESKTOP, found.type());
        assertEquals(Optional.empty(), found.callbackUrl());
        assertEquals("Desktop key-1", found.displayName());
    }

    @Test
    void find_addedWebApplication_keepsItsCallbackUrl() {
        ApplicationStore store = newStore();
        URI callback = URI.create("https://app.example.com/after-login?x=1");

        store.add(Application.web("web-1", Secret.of("web-secret"), callback, "Web one"));

        Application found = store.find("web-1").orElseThrow();
        assertEquals(AppType.WEB, found.type());
        assertEquals(Optional.of(callback), found.callbackUrl());
    }

    @Test
    void add_takenApiKey_isApiKeyTakenAndKeepsTheFirst() {
        ApplicationStore store = newStore();
        store.add(desktop("key-1"));

        Application other = Application.desktop("key-1", Secret.of("another"), "Another");
        assertEquals(ApplicationStore.AddResult.API_KEY_TAKEN, store.add(other));

        assertEquals("secret-of-key-1", store.find("key-1").orElseThrow().secret().reveal());
        assertEquals(1, store.list().size());
    }

    @Test
    void find_unknownOrNullKey_isEmpty() {
        ApplicationStore store = newStore();
        store.add(desktop("key-1"));

        assertEquals(Optional.empty(), store.find("key-2"));
        assertEquals(Optional.empty(), store.find(null));
    }

    @Test
    void remove_application_isGoneOnce() {
        ApplicationStore store = newStore();
        store.add(desktop("key-1"));

        assertTrue(store.remove("key-1"));

        assertEquals(Optional.empty(), store.find("key-1"));
        assertFalse(store.remove("key-1"));
        assertEquals(ApplicationStore.AddResult.ADDED, store.add(desktop("key-1")));
    }

    @Test
    void list_addedOutOfOrder_isByApiKey() {
        ApplicationStore store = newStore();
        store.add(desktop("c"));
        store.add(desktop("a"));
        store.add(desktop("b"));

        assertEquals(List.of("a", "b", "c"), store.list().stream().map(Application::apiKey).toList());
    }

    @Test
    void add_sameKeyFromSixteenThreads_exactlyOneIsAdded() throws Exception {
        ApplicationStore store = newStore();
        List<Callable<ApplicationStore.AddResult>> work = new ArrayList<>();
        for (int t = 0; t < 16; t++) {
            work.add(() -> store.add(desktop("contested")));
        }
        ExecutorService pool = Executors.newFixedThreadPool(16);
        int added = 0;
        try {
            for (Future<ApplicationStore.AddResult> done : pool.invokeAll(work)) {
                added += done.get() == ApplicationStore.AddResult.ADDED ? 1 : 0;
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, added);
        assertEquals(1, store.list().size());
    }
}
