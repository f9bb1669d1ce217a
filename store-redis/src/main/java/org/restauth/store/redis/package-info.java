/**
 * The store ports of restauth-core on Redis, for several server nodes sharing state. Start from
 * {@link org.restauth.store.redis.RedisStores}.
 */
package org.restauth.store.redis;
