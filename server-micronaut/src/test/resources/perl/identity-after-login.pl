#!/usr/bin/perl
# The unmodified WWW::Facebook::API (Debian's libwww-facebook-api-perl) as a web application: it makes a token,
# waits for one line on standard input (the person's login and consent, done by the test), gets the session,
# then makes the identity calls, one result a line.
use strict;
use warnings;
use WWW::Facebook::API;

$| = 1;
my ($uri, $key, $secret, $uid) = @ARGV;
my $client = WWW::Facebook::API->new(api_key => $key, secret => $secret, server_uri => $uri, desktop => 0,
    format => 'JSON', parse => 1);
# JSON true/false come back as objects, numbers as plain scalars: both printed as 1/0
my $b = sub { my $v = shift; return (ref $v ? ($v ? 1 : 0) : $v) };
my $email = sub {
    my $info = $client->users->get_info(uids => [$uid], fields => ['email']);
    return '[' . $info->[0]{email} . ']';
};

my $token = $client->auth->create_token;
print "token=$token\n";
my $go = <STDIN>;
$client->auth->get_session($token);
print 'session_uid=', $client->session_uid, "\n";
print 'session_expires=', $client->session_expires, "\n";

print 'uid=', $client->users->get_logged_in_user, "\n";
my $info = $client->users->get_info(uids => [$uid], fields => ['name', 'pic_square', 'locale', 'email']);
print 'name=', $info->[0]{name}, "\n";
print 'pic_square=', $info->[0]{pic_square}, "\n";
print 'locale=', $info->[0]{locale}, "\n";
print 'email=', $email->(), "\n";
print 'has_email=', $b->($client->users->has_app_permission(ext_perm => 'email')), "\n";
print 'has_offline_access=', $b->($client->users->has_app_permission(ext_perm => 'offline_access')), "\n";
print 'has_publish_stream=', $b->($client->users->has_app_permission(ext_perm => 'publish_stream')), "\n";
print 'is_app_user=', $b->($client->users->is_app_user), "\n";
print 'is_app_user_999=', $b->($client->users->is_app_user(uid => 999)), "\n";
print 'is_verified=', $b->($client->users->is_verified), "\n";
# auth.* calls carry the session only when the application passes it (docs/protocol.md section 13)
print 'revoke_email=', $b->($client->auth->revoke_extended_permission(perm => 'email',
    session_key => $client->session_key)), "\n";
print 'has_email_after=', $b->($client->users->has_app_permission(ext_perm => 'email')), "\n";
print 'email_after=', $email->(), "\n";
print 'revoke_email_again=', $b->($client->auth->revoke_extended_permission(perm => 'email',
    session_key => $client->session_key)), "\n";
$client->throw_errors(0);
print 'revoke_without_session=', $client->auth->revoke_extended_permission(perm => 'email')->{error_code}, "\n";
