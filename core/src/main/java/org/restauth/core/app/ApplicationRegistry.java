package org.restauth.core.app;

import java.util.Optional;

/** Port: the applications allowed to call, by api key. */
public interface ApplicationRegistry {
    Optional<Application> find(String apiKey);
}
