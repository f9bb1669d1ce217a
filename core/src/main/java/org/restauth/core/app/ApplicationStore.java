package org.restauth.core.app;

import java.util.List;

/**
 * Port: applications added while the server runs (the CLI writes, every node finds the change at once), beside
 * those configured at start. The secret is kept as given: signatures are checked with it.
 */
public interface ApplicationStore extends ApplicationRegistry {

    enum AddResult { ADDED, API_KEY_TAKEN }

    AddResult add(Application application);

    /** False if there was none. */
    boolean remove(String apiKey);

    /** Every application held, by api key. */
    List<Application> list();
}
