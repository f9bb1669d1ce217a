#!/usr/bin/perl
# The identity calls through the unmodified WWW::Facebook::API (Debian's libwww-facebook-api-perl), one result a line.
# auth.* calls carry no session_key in this client unless passed (PROTOCOL-IDENTITY.md section 5): uid instead.
use strict;
use warnings;
use WWW::Facebook::API;

my ($uri, $key, $secret, $session) = @ARGV;
my $client = WWW::Facebook::API->new(api_key => $key, secret => $secret, session_key => $session,
    server_uri => $uri, desktop => 0, format => 'JSON', parse => 1);
my $b = sub { my $v = shift; return (ref $v ? ($v ? 1 : 0) : $v) };

print 'uid=', $client->users->get_logged_in_user, "\n";
my $info = $client->users->get_info(uids => [8055], fields => ['name', 'pic_square', 'locale']);
print 'name=', $info->[0]{name}, "\n";
print 'pic_square=[', $info->[0]{pic_square}, "]\n";
print 'locale=', $info->[0]{locale}, "\n";
print 'has_email=', $b->($client->users->has_app_permission(ext_perm => 'email')), "\n";
print 'is_app_user=', $b->($client->users->is_app_user), "\n";
print 'revoke_email=', $b->($client->auth->revoke_extended_permission(perm => 'email', uid => 8055)), "\n";
print 'has_email_after=', $b->($client->users->has_app_permission(ext_perm => 'email')), "\n";
