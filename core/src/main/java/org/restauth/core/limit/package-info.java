/** Rate limits: token buckets keyed by application, client address or email. */
package org.restauth.core.limit;
