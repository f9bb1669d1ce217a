package org.restauth.core.app;

class InMemoryApplicationStoreTest extends ApplicationStoreContract {
    @Override
    protected ApplicationStore newStore() {
        return new InMemoryApplicationStore();
    }
}
