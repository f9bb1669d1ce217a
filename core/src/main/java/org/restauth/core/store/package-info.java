/**
 * The store bundle: the ports a deployment's stores implement (tokens, sessions, applications, people, rate
 * limiters), their reachability, and whether their calls block. One failure type for all of them,
 * {@link org.restauth.core.error.StoreUnavailableException}.
 */
package org.restauth.core.store;
