/**
 * What the HTTP load benchmark ({@code bench/http.sh}) compares the API against: a constant answer through the
 * same server and HTTP stack. Off unless {@code restauth.bench.baseline=true}.
 */
package org.restauth.server.bench;
