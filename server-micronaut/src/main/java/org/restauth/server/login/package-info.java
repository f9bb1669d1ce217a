/**
 * The login page ({@code /login.php}, docs/protocol.md §5): a person logs in and allows an application, which
 * approves its token. Server-rendered with Thymeleaf through Micronaut Views; core's LoginService holds the rules.
 */
package org.restauth.server.login;
