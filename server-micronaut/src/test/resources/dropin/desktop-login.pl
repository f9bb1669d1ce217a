#!/usr/bin/perl
# WWW::Facebook::API as a desktop application, unmodified: its default server_uri (http://api.facebook.com/...),
# the login page it would open (http://www.facebook.com/login.php), logged in the way the old scripted logins did
# (GET the form, POST the fields with the cookies kept). Its get_session means to call https:// but its scheme
# flip is inverted (0.4.18, Auth.pm _flip_scheme): getSession goes over http://, and from then on the client
# calls https://api.facebook.com/restserver.php, as expire_session below does.
# Environment: KEY, SECRET, EMAIL, PASS. Prints "name value" lines.
use strict;
use warnings;
use LWP::UserAgent;
use HTTP::Cookies;
use WWW::Facebook::API;

$| = 1;

my $client = WWW::Facebook::API->new(
    desktop => 1, api_key => $ENV{KEY}, secret => $ENV{SECRET}, throw_errors => 1, parse => 1);
print "server_uri ", $client->server_uri, "\n";
my $token = $client->auth->create_token;
print "token $token\n";

my $url = $client->get_login_url(auth_token => $token);
print "login_url $url\n";
my $browser = LWP::UserAgent->new(cookie_jar => HTTP::Cookies->new, timeout => 10);
my $form = $browser->get($url);
die "form: " . $form->status_line . "\n" unless $form->is_success;
my $sent = $browser->post('http://www.facebook.com/login.php', {
    api_key => $ENV{KEY}, v => '1.0', auth_token => $token, email => $ENV{EMAIL}, pass => $ENV{PASS} });
print "login ", $sent->code, "\n";

$client->auth->get_session($token);
print "session_key ", $client->session_key, "\n";
print "uid ", $client->session_uid, "\n";
print "secret ", $client->secret, "\n";
print "server_uri ", $client->server_uri, "\n";
my $expired = eval { $client->auth->expire_session };
# on failure, why: the status line of the same https:// request (names a certificate problem)
print defined $expired ? "expire_session $expired\n" : "https_error " . $client->ua->get($client->server_uri)->status_line . "\n";
