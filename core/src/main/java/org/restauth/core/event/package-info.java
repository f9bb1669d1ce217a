/** Events of the flow (tokens issued, approved, exchanged; sessions ended; refusals), for adapters to count. */
package org.restauth.core.event;
