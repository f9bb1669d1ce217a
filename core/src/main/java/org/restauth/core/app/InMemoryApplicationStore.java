package org.restauth.core.app;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;

/** Applications added at run time, in memory, for tests and library users: nothing survives the process. */
public final class InMemoryApplicationStore implements ApplicationStore {
    private final ConcurrentSkipListMap<String, Application> byKey = new ConcurrentSkipListMap<>();

    @Override
    public AddResult add(Application application) {
        return byKey.putIfAbsent(application.apiKey(), application) == null ? AddResult.ADDED : AddResult.API_KEY_TAKEN;
    }

    @Override
    public boolean remove(String apiKey) {
        return apiKey != null && byKey.remove(apiKey) != null;
    }

    @Override
    public List<Application> list() {
        return List.copyOf(byKey.values());
    }

    @Override
    public Optional<Application> find(String apiKey) {
        return apiKey == null ? Optional.empty() : Optional.ofNullable(byKey.get(apiKey));
    }
}
