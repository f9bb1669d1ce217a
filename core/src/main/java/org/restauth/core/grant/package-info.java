/**
 * Grants as data: per person and application, whether the person authorized the application and which
 * extended permissions they granted it, each with its time (docs/protocol.md §13).
 */
package org.restauth.core.grant;
