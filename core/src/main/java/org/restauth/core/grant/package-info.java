/**
 * Grants as data: per person and application, whether the person authorized the application and which
 * extended permissions they granted it, each with its time (PROTOCOL-IDENTITY.md section 5).
 */
package org.restauth.core.grant;
