package org.restauth.core.user;

class InMemoryPersonStoreTest extends PersonStoreContract {
    @Override
    protected PersonStore newStore() {
        return new InMemoryPersonStore();
    }
}
